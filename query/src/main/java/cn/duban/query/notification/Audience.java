package cn.duban.query.notification;

/** Who a notice is addressed to: the users of the task's unit, or the supervision office. */
public enum Audience {
    UNIT, OFFICE
}
