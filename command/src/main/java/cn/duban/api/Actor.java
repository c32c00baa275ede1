package cn.duban.api;

import org.axonframework.messaging.MetaData;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who sends a command: the user, the organization they act for (none for the office, the auditors and the admins)
 * and their roles. It travels as message metadata, so every command and every event it causes says who acted.
 */
public record Actor(String username, String organization, Set<Role> roles) {

    public static final String USERNAME = "actor";
    public static final String ORGANIZATION = "organization";
    public static final String ROLES = "roles";

    /** The application itself, for the demo data loader and other work no person starts. */
    public static final Actor SYSTEM = new Actor("system", null, EnumSet.of(Role.ADMIN, Role.OFFICE));

    /** The supervision process acting for the office: reminders, escalations and light changes its timers raise. */
    public static final Actor PROCESS = new Actor("process", null, EnumSet.of(Role.OFFICE));

    public Actor {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The office and auditors read every organization's tasks and rows (docs/API.md); a unit reads only its own. */
    public boolean readsEveryOrganization() {
        return has(Role.OFFICE) || has(Role.AUDITOR);
    }

    /** True when this actor is a unit user of exactly that organization. */
    public boolean actsFor(String organizationCode) {
        return has(Role.UNIT) && organizationCode != null && organizationCode.equals(organization);
    }

    public MetaData toMetaData() {
        var roleNames = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        return organization == null
                ? MetaData.from(Map.of(USERNAME, username, ROLES, roleNames))
                : MetaData.from(Map.of(USERNAME, username, ORGANIZATION, organization, ROLES, roleNames));
    }

    /** The actor a message carries; a message without one was sent by nobody we know and may do nothing. */
    public static Actor from(MetaData metaData) {
        Object username = metaData.get(USERNAME);
        if (username == null) {
            return new Actor("anonymous", null, Set.of());
        }
        Object organization = metaData.get(ORGANIZATION);
        Object roles = metaData.getOrDefault(ROLES, "");
        Set<Role> parsed = Arrays.stream(roles.toString().split(","))
                .filter(s -> !s.isBlank())
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Actor(username.toString(), organization == null ? null : organization.toString(), parsed);
    }
}
