package cn.duban.ui.user;

import cn.duban.api.InvalidCommandException;
import cn.duban.api.Role;
import cn.duban.ui.security.UserAccounts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

    private static final int MIN_PASSWORD = 8;
    /** bcrypt reads no more than 72 bytes, and Spring Security's encoder refuses more rather than cut them. */
    private static final int MAX_PASSWORD_BYTES = 72;

    record Registration(String username, String password, String organization, @NotNull Set<@NotNull Role> roles) {
    }

    record Assignment(String organization, @NotNull Set<@NotNull Role> roles) {
    }

    record Disabling(String reason) {
    }

    private final UserAdministration administration;
    private final UserAccounts accounts;

    UserController(UserAdministration administration, UserAccounts accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    @GetMapping
    List<UserAccounts.Account> all() {
        return accounts.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> register(@Valid @RequestBody Registration registration) {
        String password = registration.password();
        if (password == null || password.length() < MIN_PASSWORD || UserAccounts.DEFAULT_PASSWORDS.contains(password)) {
            throw new InvalidCommandException("password", "must have at least " + MIN_PASSWORD
                    + " characters and not be a default password");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidCommandException("password", "不能超过 " + MAX_PASSWORD_BYTES
                    + " 字节（UTF-8） (must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8)");
        }
        administration.register(registration.username(), password, registration.organization(),
                registration.roles());
        return Map.of("username", registration.username());
    }

    @PutMapping("/{username}/roles")
    void assign(@PathVariable String username, @Valid @RequestBody Assignment assignment) {
        administration.assign(username, assignment.organization(), assignment.roles());
    }

    @PostMapping("/{username}/disable")
    void disable(@PathVariable String username, @RequestBody Disabling disabling) {
        administration.disable(username, disabling.reason());
    }

    @PostMapping("/{username}/enable")
    void enable(@PathVariable String username) {
        administration.enable(username);
    }
}
