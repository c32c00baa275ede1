package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator gives an account a new password; the password itself never enters a message. */
public record ResetUserPassword(String username) {

    /** Accounts have streams of their own, apart from organizations that may share a user's name. */
    @TargetAggregateIdentifier
    public String accountId() {
        return UserRegistered.accountId(username);
    }
}
