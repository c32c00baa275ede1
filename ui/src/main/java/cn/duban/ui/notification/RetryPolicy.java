package cn.duban.ui.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Exponential backoff: the wait doubles after each failed attempt up to a cap, and a message gets so many attempts. */
record RetryPolicy(int maxAttempts, Duration first, Duration max) {

    RetryPolicy {
        if (maxAttempts < 1 || first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("duban.notifications: max-attempts must be 1 or more, first-retry "
                    + "positive and max-retry at least first-retry");
        }
    }

    /** When to try again after the given number of failed attempts, or empty when that was the last one allowed. */
    Optional<Instant> next(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(now.plus(wait.compareTo(max) > 0 ? max : wait));
    }
}
