package cn.duban.query.rebuild;

import java.time.Duration;

/** A projection did not catch up with the store in time (or its processor is failing); it keeps running. */
public class RebuildTimeoutException extends IllegalStateException {

    RebuildTimeoutException(String processingGroup, long position, Duration timeout) {
        super("projection " + processingGroup + " did not reach position " + position + " within " + timeout);
    }
}
