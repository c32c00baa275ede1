package cn.duban.ui.security;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * Production refuses to start while it could be entered with a password everybody knows (demo data switched on, or
 * any account whose password is a default one such as the demo users' {@code demo}), or without an identity provider
 * for logins. Checked before the application serves anything.
 */
@Component
@Profile("prod")
class ProductionSafety implements SmartInitializingSingleton {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final boolean demoEnabled;

    private final LoginProperties login;

    ProductionSafety(JdbcTemplate jdbc, PasswordEncoder passwords, @Value("${duban.demo.enabled}") boolean demoEnabled,
                     LoginProperties login) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.demoEnabled = demoEnabled;
        this.login = login;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (demoEnabled) {
            throw new IllegalStateException("The prod profile refuses to start with duban.demo.enabled=true.");
        }
        if (!login.oidc()) {
            throw new IllegalStateException("The prod profile refuses to start without an identity provider: set "
                    + "duban.login.mode=oidc (see application-prod.yml).");
        }
        List<String> weak = jdbc.query("SELECT username, password_hash FROM app_user WHERE enabled", (rs, row) -> {
            String username = rs.getString(1);
            String hash = rs.getString(2);
            return UserAccounts.DEFAULT_PASSWORDS.stream().anyMatch(p -> passwords.matches(p, hash)) ? username : null;
        }).stream().filter(Objects::nonNull).toList();
        if (!weak.isEmpty()) {
            throw new IllegalStateException("The prod profile refuses to start: these accounts use a default "
                    + "password: " + weak + ". Change or disable them first.");
        }
    }
}
