package cn.duban.ui.notification;

/** The ways out: group robots of 企业微信/政务微信 and 钉钉, SMS and e-mail. */
enum Channel {
    WECOM, DINGTALK, SMS, EMAIL
}
