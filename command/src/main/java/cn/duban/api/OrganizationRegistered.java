package cn.duban.api;

import org.axonframework.serialization.Revision;

/** A responsible organization was registered. */
@Revision("1")
public record OrganizationRegistered(String code, String name, OrganizationType type, String parent) {
}
