package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator enables a disabled account again. */
public record EnableUser(String username) {

    /** Accounts have streams of their own, apart from organizations that may share a user's name. */
    @TargetAggregateIdentifier
    public String accountId() {
        return UserRegistered.accountId(username);
    }
}
