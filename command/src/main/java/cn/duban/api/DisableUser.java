package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator disables an account: it can no longer log in. */
public record DisableUser(String username, String reason) {

    /** Accounts have streams of their own, apart from organizations that may share a user's name. */
    @TargetAggregateIdentifier
    public String accountId() {
        return UserRegistered.accountId(username);
    }
}
