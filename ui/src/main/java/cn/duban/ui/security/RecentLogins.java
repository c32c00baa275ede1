package cn.duban.ui.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When each user last had a login recorded from each address. HTTP Basic and bearer tokens authenticate every
 * request, and a record per API call would bury the logins that matter: such a login is recorded at most once per
 * {@code quiet} period per user and address (and always when it ends a run of failures, {@link LoginRecorder}).
 * Bounded: past {@code capacity} pairs the least recently seen is forgotten, which at worst records a login again.
 * In memory per node, so after a restart or on another node the first call is recorded again.
 */
final class RecentLogins {

    private final Clock clock;
    private final Duration quiet;
    private final Map<String, Instant> recorded;

    RecentLogins(Clock clock, Duration quiet, int capacity) {
        this.clock = clock;
        this.quiet = quiet;
        this.recorded = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Whether a login of this user from this address is to be recorded now; if so, remembers that it was. */
    synchronized boolean due(String username, String address) {
        Instant now = clock.instant();
        String key = username + '\n' + address;
        Instant last = recorded.get(key);
        // A clock set back (tests do) counts as a new period rather than a very long quiet one.
        if (last != null && !now.isBefore(last) && now.isBefore(last.plus(quiet))) {
            return false;
        }
        recorded.put(key, now);
        return true;
    }
}
