package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** An administrator gives an account new roles and organization. */
public record AssignUserRoles(String username, String organization, Set<Role> roles) {

    /** Accounts have streams of their own, apart from organizations that may share a user's name. */
    @TargetAggregateIdentifier
    public String accountId() {
        return UserRegistered.accountId(username);
    }
}
