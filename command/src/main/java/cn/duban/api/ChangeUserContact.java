package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An administrator, or the user themself, records where notifications reach a person: an e-mail address and a mobile
 * number, each optional (none clears it).
 */
public record ChangeUserContact(String username, String email, String mobile) {

    @TargetAggregateIdentifier
    public String accountId() {
        return UserRegistered.accountId(username);
    }
}
