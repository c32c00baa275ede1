package cn.duban.api;

import org.axonframework.serialization.Revision;

/**
 * Someone logged in (等保 2.0 security audit): who, from which address and how ({@code FORM} the login page,
 * {@code BASIC} HTTP Basic, {@code OIDC} the identity provider, {@code BEARER} a token). Recorded by the security
 * layer, not decided by an aggregate; the time is the event's own timestamp.
 */
@Revision("1")
public record UserLoggedIn(String username, String address, String method) {
}
