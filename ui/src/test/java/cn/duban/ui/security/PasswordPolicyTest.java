package cn.duban.ui.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    private final PasswordPolicy defaults = policy(new LoginProperties.Password(8, 3));

    private static PasswordPolicy policy(LoginProperties.Password password) {
        return new PasswordPolicy(new LoginProperties(null, null, null, null,
                new LoginProperties.Lockout(5, Duration.ofMinutes(15)), password));
    }

    @Test
    void a_long_password_of_three_kinds_of_characters_is_accepted() {
        assertThat(defaults.violation("chen.wei", "Jiandu2018")).isEmpty();
        assertThat(defaults.violation("chen.wei", "jiandu-2018")).isEmpty();
        assertThat(defaults.violation("chen.wei", "督查督办-Ab1")).as("Chinese characters count as other").isEmpty();
    }

    @Test
    void a_short_password_is_refused_in_chinese() {
        assertThat(defaults.violation("chen.wei", "Ab1-xyz")).get().asString().contains("至少8个字符");
    }

    @Test
    void a_password_of_too_few_kinds_of_characters_is_refused() {
        assertThat(defaults.violation("chen.wei", "a-long-enough-passphrase")).get().asString()
                .contains("至少3类").doesNotContain("至少8个字符");
        assertThat(defaults.violation("chen.wei", "12345678")).isPresent();
    }

    @Test
    void a_default_password_is_refused_in_any_case() {
        assertThat(policy(new LoginProperties.Password(4, 1)).violation("chen.wei", "DEMO")).get().asString()
                .contains("默认密码");
        assertThat(policy(new LoginProperties.Password(4, 1)).violation("chen.wei", "Password")).isPresent();
    }

    @Test
    void a_password_containing_the_user_name_is_refused() {
        assertThat(defaults.violation("chen.wei", "Chen.Wei-2018")).get().asString().contains("用户名");
    }

    @Test
    void every_broken_rule_is_named_and_a_missing_password_is_refused() {
        assertThat(defaults.violation("demo", "demo")).get().asString()
                .contains("至少8个字符", "至少3类", "默认密码", "用户名");
        assertThat(defaults.violation("chen.wei", null)).isPresent();
        assertThat(defaults.violation("chen.wei", "")).isPresent();
    }

    @Test
    void the_rules_are_configurable() {
        PasswordPolicy strict = policy(new LoginProperties.Password(12, 4));
        assertThat(strict.violation("chen.wei", "Jiandu2018")).isPresent();
        assertThat(strict.violation("chen.wei", "Jiandu-2018-督办")).isEmpty();
    }

    @Test
    void nonsensical_settings_are_refused_at_start() {
        assertThatThrownBy(() -> new LoginProperties.Password(8, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginProperties.Password(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginProperties.Lockout(0, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginProperties.Lockout(5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_password_bcrypt_could_not_read_whole_is_refused() {
        assertThat(defaults.violation("chen.wei", "Jd-1" + "a".repeat(68))).as("72 bytes").isEmpty();
        assertThat(defaults.violation("chen.wei", "Jd-1" + "a".repeat(69))).get().asString()
                .contains("不能超过72字节");
        assertThat(defaults.violation("chen.wei", "Jd-1" + "督".repeat(23))).as("3 bytes each in UTF-8").get()
                .asString().contains("72 bytes");
    }
}
