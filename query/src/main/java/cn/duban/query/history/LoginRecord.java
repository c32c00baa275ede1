package cn.duban.query.history;

import java.time.Instant;

/**
 * One login record for auditors: its position in the global log, when, what ({@code LOGIN}, {@code LOGIN_FAILED},
 * {@code LOGOUT}, {@code LOCKED}), who, from which address, how, why it failed and until when the account is locked;
 * null where a field does not apply.
 */
public record LoginRecord(long position, Instant timestamp, String kind, String username, String address,
                          String method, String reason, Instant lockedUntil) {
}
