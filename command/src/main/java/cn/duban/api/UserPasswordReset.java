package cn.duban.api;

import org.axonframework.serialization.Revision;

/** An account was given a new password by an administrator (who and when are in the metadata; no hash here). */
@Revision("1")
public record UserPasswordReset(String username) {
}
