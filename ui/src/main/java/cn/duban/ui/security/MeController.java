package cn.duban.ui.security;

import cn.duban.api.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who the caller is and for which organization they act. */
@RestController
class MeController {

    record Me(String username, List<Role> roles, String organization) {
    }

    @GetMapping("/api/me")
    Me me() {
        var actor = CurrentActor.require();
        return new Me(actor.username(), actor.roles().stream().sorted().toList(), actor.organization());
    }
}
