package cn.duban.api;

import org.axonframework.serialization.Revision;

/**
 * A login was refused. The record names the reason ({@code BAD_CREDENTIALS}, {@code UNKNOWN_USER}, {@code LOCKED},
 * {@code DISABLED}, ...), which the answer to the caller never does; {@code username} is what the caller sent, and
 * is null where a token named nobody.
 */
@Revision("1")
public record LoginFailed(String username, String address, String method, String reason) {
}
