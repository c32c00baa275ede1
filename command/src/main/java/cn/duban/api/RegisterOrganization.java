package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a responsible organization (责任单位) under its stable code. */
public record RegisterOrganization(@TargetAggregateIdentifier String code, String name, OrganizationType type, String parent) {
}
