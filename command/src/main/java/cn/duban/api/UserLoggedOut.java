package cn.duban.api;

import org.axonframework.serialization.Revision;

/** A browser session was ended by logging out. */
@Revision("1")
public record UserLoggedOut(String username, String address) {
}
