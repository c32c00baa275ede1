package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.util.Set;

/** An account's roles and organization changed. */
@Revision("1")
public record UserRolesAssigned(String username, String organization, Set<Role> roles) {
}
