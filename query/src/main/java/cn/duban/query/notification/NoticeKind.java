package cn.duban.query.notification;

/** What a notice is about; the front end and the delivery record show it. */
public enum NoticeKind {
    REMINDED, URGED, ESCALATED, EXTENSION_GRANTED, EXTENSION_DENIED, GAPS_FOUND, LIGHT_YELLOW, LIGHT_RED
}
