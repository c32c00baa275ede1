package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** An administrator registers a login account with its roles and, for a unit, its organization. */
public record RegisterUser(String username, String organization, Set<Role> roles) {

    /** Accounts have streams of their own, apart from organizations that may share a user's name. */
    @TargetAggregateIdentifier
    public String accountId() {
        return UserRegistered.accountId(username);
    }
}
