package cn.duban.api;

import org.axonframework.serialization.Revision;

/** Where notifications now reach the account's person; a missing address is one they no longer receive at. */
@Revision("1")
public record UserContactChanged(String username, String email, String mobile) {
}
