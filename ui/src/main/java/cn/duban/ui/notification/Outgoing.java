package cn.duban.ui.notification;

/** One message to send: where to (an e-mail address, a mobile number, a robot's name), its title and its text. */
record Outgoing(String address, String title, String text) {
}
