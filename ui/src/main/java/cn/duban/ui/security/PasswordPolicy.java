package cn.duban.ui.security;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a new account's password must be like (等保 2.0, {@code duban.login.password}): long enough, of enough kinds
 * of characters (lower-case letters, upper-case letters, digits, anything else), not a password everybody knows
 * ({@link UserAccounts#DEFAULT_PASSWORDS}, in any case) and not containing the user name. The demo users, created
 * directly by the demo loader, are not judged by it.
 */
@Component
public class PasswordPolicy {

    /** Lower-case letters, upper-case letters, digits, other characters. */
    static final int CLASSES = 4;
    /** bcrypt reads no more than 72 bytes, and Spring Security's encoder refuses more rather than cut them. */
    static final int MAX_BYTES = 72;

    private final LoginProperties.Password rules;

    PasswordPolicy(LoginProperties login) {
        this.rules = login.password();
    }

    /** Every rule the password breaks, in one Chinese message (English in parentheses); empty when it is good. */
    public Optional<String> violation(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("密码不能为空 (a password is required)");
        }
        List<String> broken = new ArrayList<>();
        if (password.codePointCount(0, password.length()) < rules.minLength()) {
            broken.add("至少" + rules.minLength() + "个字符 (at least " + rules.minLength() + " characters)");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            broken.add("不能超过" + MAX_BYTES + "字节（UTF-8） (at most " + MAX_BYTES + " bytes in UTF-8)");
        }
        if (classes(password) < rules.minCharacterClasses()) {
            broken.add("须含小写字母、大写字母、数字、其他字符中的至少" + rules.minCharacterClasses() + "类 (at least "
                    + rules.minCharacterClasses() + " of lower-case, upper-case, digits, other characters)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (UserAccounts.DEFAULT_PASSWORDS.contains(lower)) {
            broken.add("不能是默认密码 (not a default password)");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("不能包含用户名 (must not contain the user name)");
        }
        return broken.isEmpty() ? Optional.empty()
                : Optional.of("密码不符合要求：" + String.join("；", broken));
    }

    private static int classes(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (char c : password.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
