package cn.duban.ui.notification;

/** PENDING until sent; FAILED once every attempt allowed has failed. */
enum DeliveryStatus {
    PENDING, SENT, FAILED
}
