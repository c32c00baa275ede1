package cn.duban.ui.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * HTTP Basic sends the password with every request, and bcrypt is slow on purpose (tens of milliseconds of CPU):
 * checked every time, it capped an API client near 20 requests a second for the whole server. A password bcrypt
 * accepted is remembered for a few minutes as a keyed MAC of (user, stored hash, password), the key random and in
 * memory only, so the cache can neither be read back into passwords nor serve as an offline oracle. The account is
 * still read on every request: disabled and locked accounts are refused before the password is looked at, and a new
 * password hash no longer matches what was remembered.
 */
class RememberedCredentials extends DaoAuthenticationProvider {

    static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final SecretKeySpec key;
    private final Cache<String, Boolean> verified = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED)
            .expireAfterWrite(REMEMBERED).build();

    RememberedCredentials(UserDetailsService accounts, PasswordEncoder passwords) {
        super(passwords);
        setUserDetailsService(accounts);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails account, UsernamePasswordAuthenticationToken login) {
        if (login.getCredentials() == null || account.getPassword() == null) {
            super.additionalAuthenticationChecks(account, login);
            return;
        }
        String fingerprint = fingerprint(account.getUsername(), account.getPassword(),
                login.getCredentials().toString());
        if (verified.getIfPresent(fingerprint) != null) {
            return;
        }
        super.additionalAuthenticationChecks(account, login);
        verified.put(fingerprint, Boolean.TRUE);
    }

    private String fingerprint(String username, String storedHash, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (String part : new String[]{username, storedHash, password}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                mac.update(new byte[]{(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                        (byte) (bytes.length >>> 8), (byte) bytes.length});
                mac.update(bytes);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
