package cn.duban.command.user;

import cn.duban.api.Actor;
import cn.duban.api.AssignUserRoles;
import cn.duban.api.ChangeUserContact;
import cn.duban.api.DisableUser;
import cn.duban.api.EnableUser;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.RegisterUser;
import cn.duban.api.ResetUserPassword;
import cn.duban.api.Role;
import cn.duban.api.UserContactChanged;
import cn.duban.api.UserDisabled;
import cn.duban.api.UserEnabled;
import cn.duban.api.UserPasswordReset;
import cn.duban.api.UserRegistered;
import cn.duban.api.UserRolesAssigned;
import cn.duban.command.organization.OrganizationDirectory;
import cn.duban.command.shared.InputCheck;
import cn.duban.api.Require;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One login account. Only administrators change accounts, and none may lock itself out. */
@Aggregate
public class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** Enough to catch a typing slip; whether the mailbox exists only a delivery can tell. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** A mainland mobile number (11 digits from 1), optionally with +86, as SMS gateways take it. */
    private static final Pattern MOBILE = Pattern.compile("(\\+86)?1\\d{10}");

    @AggregateIdentifier
    private String accountId;
    private String username;
    private boolean enabled;

    protected UserAccount() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public UserAccount(RegisterUser command, MetaData metaData, OrganizationDirectory organizations) {
        Require.anyRole(Actor.from(metaData), Role.ADMIN);
        var check = new InputCheck().require(command.username() != null
                && USERNAME.matcher(command.username()).matches(), "username",
                "须为 1 到 64 个小写字母、数字、点、连字符或下划线");
        checkRoles(command.roles(), command.organization(), organizations, check);
        check.orThrow();
        apply(new UserRegistered(command.username(), command.organization(), Set.copyOf(command.roles())));
    }

    @CommandHandler
    void handle(AssignUserRoles command, MetaData metaData, OrganizationDirectory organizations) {
        Actor actor = Actor.from(metaData);
        Require.anyRole(actor, Role.ADMIN);
        var check = new InputCheck();
        checkRoles(command.roles(), command.organization(), organizations, check);
        check.orThrow();
        if (username.equals(actor.username()) && !command.roles().contains(Role.ADMIN)) {
            throw new IllegalTransitionException("an administrator cannot take the ADMIN role from their own account");
        }
        apply(new UserRolesAssigned(username, command.organization(), Set.copyOf(command.roles())));
    }

    @CommandHandler
    void handle(DisableUser command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        Require.anyRole(actor, Role.ADMIN);
        new InputCheck().text(command.reason(), "reason", InputCheck.MAX_TEXT).orThrow();
        if (!enabled) {
            throw new IllegalTransitionException("account " + username + " is disabled already");
        }
        if (username.equals(actor.username())) {
            throw new IllegalTransitionException("an administrator cannot disable their own account");
        }
        apply(new UserDisabled(username, command.reason()));
    }

    @CommandHandler
    void handle(EnableUser command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.ADMIN);
        if (enabled) {
            throw new IllegalTransitionException("account " + username + " is enabled already");
        }
        apply(new UserEnabled(username));
    }

    /** Whether the password is good enough the HTTP API has judged; the account's stream records that it changed. */
    @CommandHandler
    void handle(ResetUserPassword command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.ADMIN);
        apply(new UserPasswordReset(username));
    }

    /** A person keeps their own contact details; an administrator may keep anyone's. */
    @CommandHandler
    void handle(ChangeUserContact command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        if (!username.equals(actor.username())) {
            Require.anyRole(actor, Role.ADMIN);
        }
        new InputCheck()
                .require(command.email() == null || command.email().length() <= 254
                        && EMAIL.matcher(command.email()).matches(), "email", "须为电子邮件地址")
                .require(command.mobile() == null || MOBILE.matcher(command.mobile()).matches(), "mobile",
                        "须为 11 位手机号码")
                .orThrow();
        apply(new UserContactChanged(username, command.email(), command.mobile()));
    }

    /**
     * A unit user acts for exactly one organization, which must be registered (else the account could never reach
     * its tasks); the office, auditors and administrators for none in particular, but one they name must exist too.
     */
    private static void checkRoles(Set<Role> roles, String organization, OrganizationDirectory organizations,
                                   InputCheck check) {
        check.notEmpty(roles, "roles");
        if (roles != null && roles.contains(Role.UNIT)) {
            check.text(organization, "organization", 64);
        } else {
            check.optionalText(organization, "organization", 64)
                    .require(organization == null || !organization.isBlank(), "organization", "不能为空");
        }
        if (organization != null && !organization.isBlank() && organization.length() <= 64) {
            check.require(organizations.registered(organization), "organization", "不是已登记的组织");
        }
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        accountId = UserRegistered.accountId(event.username());
        username = event.username();
        enabled = true;
    }

    @EventSourcingHandler
    void on(UserDisabled event) {
        enabled = false;
    }

    @EventSourcingHandler
    void on(UserEnabled event) {
        enabled = true;
    }
}
