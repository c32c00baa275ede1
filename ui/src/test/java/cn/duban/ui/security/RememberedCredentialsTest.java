package cn.duban.ui.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedCredentialsTest {

    private final AtomicInteger slowChecks = new AtomicInteger();
    /** Stands for bcrypt: counts how often the slow check runs. */
    private final PasswordEncoder passwords = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash-of-" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            slowChecks.incrementAndGet();
            return encoded.equals(encode(raw));
        }
    };
    private final Map<String, UserDetails> accounts = new HashMap<>();
    private final RememberedCredentials logins = new RememberedCredentials(accounts::get, passwords);

    @Test
    void a_password_once_accepted_is_not_hashed_again_on_the_next_requests() {
        account("chen.wei", "Jiandu-2018", true, true);

        for (int request = 0; request < 5; request++) {
            assertThat(logins.authenticate(login("chen.wei", "Jiandu-2018")).isAuthenticated()).isTrue();
        }

        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void a_wrong_password_is_checked_every_time_and_never_remembered() {
        account("chen.wei", "Jiandu-2018", true, true);

        for (int request = 0; request < 3; request++) {
            assertThatThrownBy(() -> logins.authenticate(login("chen.wei", "guess"))).isInstanceOf(
                    BadCredentialsException.class);
        }

        assertThat(slowChecks).hasValue(3);
    }

    @Test
    void a_new_password_or_a_disabled_or_locked_account_is_not_served_from_memory() {
        account("chen.wei", "Jiandu-2018", true, true);
        logins.authenticate(login("chen.wei", "Jiandu-2018"));

        account("chen.wei", "Duban-2019", true, true);
        assertThatThrownBy(() -> logins.authenticate(login("chen.wei", "Jiandu-2018")))
                .as("the old password after a change").isInstanceOf(BadCredentialsException.class);

        account("chen.wei", "Jiandu-2018", false, true);
        assertThatThrownBy(() -> logins.authenticate(login("chen.wei", "Jiandu-2018")))
                .isInstanceOf(DisabledException.class);
        account("chen.wei", "Jiandu-2018", true, false);
        assertThatThrownBy(() -> logins.authenticate(login("chen.wei", "Jiandu-2018")))
                .isInstanceOf(LockedException.class);
    }

    private void account(String username, String password, boolean enabled, boolean unlocked) {
        accounts.put(username, User.withUsername(username).password(passwords.encode(password)).disabled(!enabled)
                .accountLocked(!unlocked).roles("UNIT").build());
    }

    private static UsernamePasswordAuthenticationToken login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
