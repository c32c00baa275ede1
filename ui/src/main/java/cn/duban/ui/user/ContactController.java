package cn.duban.ui.user;

import cn.duban.ui.security.CurrentActor;
import cn.duban.ui.security.UserAccounts;
import cn.duban.ui.security.UserAccounts.Contact;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where notifications reach a person: each user keeps their own, an administrator anyone's. */
@RestController
class ContactController {

    private final UserAdministration administration;
    private final UserAccounts accounts;

    ContactController(UserAdministration administration, UserAccounts accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    @PutMapping("/api/users/{username}/contact")
    @PreAuthorize("hasRole('ADMIN')")
    Contact change(@PathVariable String username, @RequestBody Contact contact) {
        return save(username, contact);
    }

    @GetMapping("/api/me/contact")
    Contact own() {
        return accounts.contact(CurrentActor.require().username()).orElse(new Contact(null, null));
    }

    @PutMapping("/api/me/contact")
    Contact changeOwn(@RequestBody Contact contact) {
        return save(CurrentActor.require().username(), contact);
    }

    /** A blank address is none: a form's emptied field clears it. */
    private Contact save(String username, Contact contact) {
        Contact cleared = new Contact(blankToNull(contact.email()), blankToNull(contact.mobile()));
        administration.contact(username, cleared.email(), cleared.mobile());
        return cleared;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
