package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Too many failed logins in a row locked the account until {@code lockedUntil}; the last one came from there. */
@Revision("1")
public record AccountLocked(String username, String address, int failures, Instant lockedUntil) {
}
