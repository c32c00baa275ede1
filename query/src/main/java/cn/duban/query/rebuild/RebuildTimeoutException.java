package cn.duban.query.rebuild;

import java.time.Duration;

/**
 * A projection did not catch up with the store in time (or its processor is failing), or other nodes did not let go of
 * it; it keeps running.
 */
public class RebuildTimeoutException extends IllegalStateException {

    RebuildTimeoutException(String what, Duration timeout) {
        super(what + " within " + timeout);
    }
}
