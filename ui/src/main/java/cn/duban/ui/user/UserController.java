package cn.duban.ui.user;

import cn.duban.api.InvalidCommandException;
import cn.duban.api.Role;
import cn.duban.ui.security.PasswordPolicy;
import cn.duban.ui.security.UserAccounts;
import cn.duban.ui.web.Pages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

    record Registration(String username, String password, String organization, @NotNull Set<@NotNull Role> roles) {
    }

    record Assignment(String organization, @NotNull Set<@NotNull Role> roles) {
    }

    record Disabling(String reason) {
    }

    record NewPassword(String password) {
    }

    private final UserAdministration administration;
    private final UserAccounts accounts;
    private final PasswordPolicy passwords;

    UserController(UserAdministration administration, UserAccounts accounts, PasswordPolicy passwords) {
        this.administration = administration;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** The login accounts; of one organization or with one role when asked, and paged. */
    @GetMapping
    ResponseEntity<List<UserAccounts.Account>> all(@RequestParam(required = false) String organization,
                                                   @RequestParam(required = false) Role role,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size) {
        return Pages.of(accounts.find(organization, role), page, size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> register(@Valid @RequestBody Registration registration) {
        String password = registration.password();
        judge(registration.username(), password);
        administration.register(registration.username(), password, registration.organization(),
                registration.roles());
        return Map.of("username", registration.username());
    }

    @PutMapping("/{username}/roles")
    void assign(@PathVariable String username, @Valid @RequestBody Assignment assignment) {
        administration.assign(username, assignment.organization(), assignment.roles());
    }

    /** For a person who forgot theirs: the same policy as at registration, judged before anything is recorded. */
    @PutMapping("/{username}/password")
    void resetPassword(@PathVariable String username, @RequestBody NewPassword body) {
        judge(username, body.password());
        administration.resetPassword(username, body.password());
    }

    private void judge(String username, String password) {
        passwords.violation(username, password).ifPresent(message -> {
            throw new InvalidCommandException("password", message);
        });
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
