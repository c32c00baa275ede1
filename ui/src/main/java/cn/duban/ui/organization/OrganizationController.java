package cn.duban.ui.organization;

import cn.duban.api.FieldError;
import cn.duban.api.InvalidCommandException;
import cn.duban.api.OrganizationType;
import cn.duban.api.RegisterOrganization;
import cn.duban.query.organization.OrganizationQueries;
import cn.duban.query.organization.OrganizationView;
import cn.duban.ui.web.Pages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/organizations")
class OrganizationController {

    record Registration(String code, String name, @NotNull OrganizationType type, String parent) {
    }

    private final CommandGateway commands;
    private final OrganizationQueries organizations;

    OrganizationController(CommandGateway commands, OrganizationQueries organizations) {
        this.commands = commands;
        this.organizations = organizations;
    }

    /** docs/API.md's organizations; filtered by {@code type}, {@code parent} and {@code q} (code or name); paged. */
    @GetMapping
    ResponseEntity<List<OrganizationView>> all(@RequestParam(required = false) OrganizationType type,
                                               @RequestParam(required = false) String parent,
                                               @RequestParam(required = false) String q,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        return Pages.of(organizations.find(type, parent, q), page, size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
    Map<String, String> register(@Valid @RequestBody Registration registration) {
        if (registration.parent() != null && !organizations.exists(registration.parent())) {
            throw new InvalidCommandException(List.of(new FieldError("parent", "不是已登记的组织")));
        }
        commands.sendAndWait(new RegisterOrganization(registration.code(), registration.name(), registration.type(),
                registration.parent()));
        return Map.of("code", registration.code());
    }
}
