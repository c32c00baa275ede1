/**
 * The message centre (消息中心): what each reminder, urge, escalation, extension decision, gap review with gaps and
 * yellow or red light tells a unit's users or the office, worded in Chinese by {@link cn.duban.query.notification.Notices},
 * kept as a projection, and read and marked read per user. Sending the same notices outward is the application's.
 */
package cn.duban.query.notification;
