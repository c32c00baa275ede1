package cn.duban.ui.security;

import cn.duban.api.Role;
import cn.duban.query.Where;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The login accounts in {@code app_user}: looked up at login, created with a hashed password. */
@Service
public class UserAccounts implements UserDetailsService {

    /** Passwords everybody knows: refused for new accounts, and the prod profile will not start while one works. */
    public static final Set<String> DEFAULT_PASSWORDS = Set.of("demo", "password", "admin", "123456", "duban");

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserAccounts(JdbcTemplate jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** An account locked by failed logins (until a time still ahead on the clock) is refused, password or not. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        var rows = jdbc.query("SELECT username, password_hash, organization, enabled, locked_until FROM app_user "
                        + "WHERE username = ?",
                (rs, n) -> new DubanUser(rs.getString("username"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), !locked(rs.getObject("locked_until", OffsetDateTime.class)),
                        rs.getString("organization"), roles(username)), username);
        return rows.stream().findFirst().orElseThrow(() -> new UsernameNotFoundException(username));
    }

    private boolean locked(OffsetDateTime lockedUntil) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
    }

    public boolean exists(String username) {
        return username != null && jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?",
                Integer.class, username) > 0;
    }

    @Transactional
    public void create(String username, String password, String organization, Set<Role> roles) {
        jdbc.update("INSERT INTO app_user (username, password_hash, organization, enabled) VALUES (?, ?, ?, TRUE)",
                username, passwords.encode(password), organization);
        roles.forEach(role -> jdbc.update("INSERT INTO app_user_role (username, role) VALUES (?, ?)",
                username, role.name()));
    }

    @Transactional
    public void assign(String username, String organization, Set<Role> roles) {
        jdbc.update("UPDATE app_user SET organization = ? WHERE username = ?", organization, username);
        jdbc.update("DELETE FROM app_user_role WHERE username = ?", username);
        roles.forEach(role -> jdbc.update("INSERT INTO app_user_role (username, role) VALUES (?, ?)",
                username, role.name()));
    }

    /** Where notifications reach the person (README "Notifications"); none clears an address. */
    public void contact(String username, String email, String mobile) {
        jdbc.update("UPDATE app_user SET email = ?, mobile = ? WHERE username = ?", email, mobile, username);
    }

    /** The person's addresses; empty for a user without an account here (one known only to the identity provider). */
    public Optional<Contact> contact(String username) {
        return jdbc.query("SELECT email, mobile FROM app_user WHERE username = ?",
                (rs, n) -> new Contact(rs.getString("email"), rs.getString("mobile")), username).stream().findFirst();
    }

    public record Contact(String email, String mobile) {
    }

    public void password(String username, String password) {
        jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = ?", passwords.encode(password), username);
    }

    public void enable(String username, boolean enabled) {
        jdbc.update("UPDATE app_user SET enabled = ? WHERE username = ?", enabled, username);
    }

    /** Every account, without its password hash. */
    public List<Account> all() {
        return find(null, null);
    }

    /** The accounts of an organization, with a role; each null for any. By username. */
    public List<Account> find(String organization, Role role) {
        Where where = new Where().equal("organization", organization).when(
                "EXISTS (SELECT 1 FROM app_user_role r WHERE r.username = u.username AND r.role = ?)",
                role == null ? null : role.name());
        return jdbc.query("SELECT username, organization, enabled FROM app_user u" + where.sql() + " ORDER BY username",
                (rs, row) -> new Account(rs.getString("username"), rs.getString("organization"),
                        roles(rs.getString("username")), rs.getBoolean("enabled")), where.args());
    }

    public record Account(String username, String organization, Set<Role> roles, boolean enabled) {
    }

    public boolean none() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class) == 0;
    }

    private Set<Role> roles(String username) {
        return jdbc.queryForList("SELECT role FROM app_user_role WHERE username = ?", String.class, username).stream()
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
