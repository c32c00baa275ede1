package cn.duban.ui.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SMS gateway until a real one is configured: it writes each message to the log, and counts it as sent. */
class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String mobile, String text) {
        LOG.info("SMS to {}: {}", mobile, text);
    }
}
