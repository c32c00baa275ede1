package cn.duban.query.organization;

import cn.duban.api.OrganizationType;

/** A responsible organization as docs/API.md lists it. */
public record OrganizationView(String code, String name, OrganizationType type, String parent) {
}
