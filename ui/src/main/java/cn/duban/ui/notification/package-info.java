/**
 * Notifications: the message centre's endpoints, and the same notices sent outward through group robots
 * (企业微信/政务微信, 钉钉), SMS and e-mail from an outbox ({@code notification_delivery}) that the action never waits
 * for: planned by a processor of its own after the action committed, sent by {@link cn.duban.ui.notification.Dispatcher}
 * with retries, quiet hours and a record of each attempt.
 */
package cn.duban.ui.notification;
