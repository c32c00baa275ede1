package cn.duban.api;

import org.axonframework.serialization.Revision;

/** An account was disabled. */
@Revision("1")
public record UserDisabled(String username, String reason) {
}
