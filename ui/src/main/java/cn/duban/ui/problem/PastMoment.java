package cn.duban.ui.problem;

import cn.duban.api.InvalidCommandException;

import java.time.Clock;
import java.time.Instant;

/** An {@code asOf} parameter: the store can tell how things stood, not how they will stand. Else HTTP 400. */
public final class PastMoment {

    private PastMoment() {
    }

    /** The moment itself when it is not after now; null (meaning now) stays null. */
    public static Instant check(Instant asOf, Clock clock) {
        if (asOf != null && asOf.isAfter(clock.instant())) {
            throw new InvalidCommandException("asOf", "不能是将来的时刻");
        }
        return asOf;
    }
}
