package cn.duban.ui.user;

import cn.duban.api.AssignUserRoles;
import cn.duban.api.ChangeUserContact;
import cn.duban.api.DisableUser;
import cn.duban.api.EnableUser;
import cn.duban.api.RegisterUser;
import cn.duban.api.ResetUserPassword;
import cn.duban.api.Role;
import cn.duban.ui.security.UserAccounts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * Each change of an account is an event in its stream (who changed it, and how) and the same change of the
 * credential table, in one transaction. Password hashes live only in that table, never in the event store. The
 * account's aggregate decides (its organization must be registered); this only keeps the table in step.
 */
@Service
public class UserAdministration {

    private final CommandGateway commands;
    private final UserAccounts accounts;

    UserAdministration(CommandGateway commands, UserAccounts accounts) {
        this.commands = commands;
        this.accounts = accounts;
    }

    @Transactional
    public void register(String username, String password, String organization, Set<Role> roles) {
        commands.sendAndWait(new RegisterUser(username, organization, roles));
        accounts.create(username, password, organization, roles);
    }

    @Transactional
    public void assign(String username, String organization, Set<Role> roles) {
        commands.sendAndWait(new AssignUserRoles(username, organization, roles));
        accounts.assign(username, organization, roles);
    }

    @Transactional
    public void disable(String username, String reason) {
        commands.sendAndWait(new DisableUser(username, reason));
        accounts.enable(username, false);
    }

    /** The stream records who reset the password and when; only the credential table holds the new one's hash. */
    @Transactional
    public void resetPassword(String username, String password) {
        commands.sendAndWait(new ResetUserPassword(username));
        accounts.password(username, password);
    }

    /** The account's stream decides who may (the person, or an administrator) and whether the addresses are any. */
    @Transactional
    public void contact(String username, String email, String mobile) {
        commands.sendAndWait(new ChangeUserContact(username, email, mobile));
        accounts.contact(username, email, mobile);
    }

    @Transactional
    public void enable(String username) {
        commands.sendAndWait(new EnableUser(username));
        accounts.enable(username, true);
    }
}
