package cn.duban.ui.support;

import cn.duban.query.ledger.ReadSideProgress;
import org.springframework.boot.test.context.TestComponent;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side as a test must see it before it counts rows: every projection past the newest event stored when
 * asked, by the same check that read-your-writes uses. Waiting for one expected row instead misses the rows of other
 * projections that land later.
 */
@TestComponent
public class ReadSide {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final ReadSideProgress progress;

    ReadSide(ReadSideProgress progress) {
        this.progress = progress;
    }

    /** Returns once every projection has applied the events stored before this call. */
    public void caughtUp() {
        try {
            assertThat(progress.await(progress.head(), LIMIT)).as("the projections caught up within %s", LIMIT)
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
