package cn.duban.ui.demo;

import cn.duban.api.Actor;
import cn.duban.api.PublishWorkPlan;
import cn.duban.api.RegisterOrganization;
import cn.duban.api.Role;
import cn.duban.ui.security.CurrentActor;
import cn.duban.ui.security.UserAccounts;
import cn.duban.ui.user.UserAdministration;
import cn.duban.ui.workplan.WorkPlanDocument;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * Loads the demo once: only while no user account exists, all in one transaction, so a failed first start leaves
 * nothing half-loaded and a restart loads nothing twice. It acts as the system actor, so every event says so.
 */
@Component
@ConditionalOnProperty(name = "duban.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PLAN_ID = "wp-2018";
    static final String PASSWORD = "demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    @JsonIgnoreProperties("_about")
    record Organizations(List<RegisterOrganization> organizations) {
    }

    private final CommandGateway commands;
    private final UserAccounts accounts;
    private final UserAdministration users;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    DemoData(CommandGateway commands, UserAccounts accounts, UserAdministration users, ObjectMapper json,
             TransactionTemplate transaction) {
        this.commands = commands;
        this.accounts = accounts;
        this.users = users;
        this.json = json;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.none()) {
            return;
        }
        CurrentActor.runAs(Actor.SYSTEM, () -> transaction.executeWithoutResult(status -> load()));
    }

    private void load() {
        List<RegisterOrganization> organizations = read("demo/organizations-sample.json", Organizations.class)
                .organizations();
        organizations.forEach(commands::sendAndWait);
        commands.sendAndWait(read("demo/work-plan-2018.json", WorkPlanDocument.class).draft(PLAN_ID));
        commands.sendAndWait(new PublishWorkPlan(PLAN_ID));
        users.register("admin", PASSWORD, null, Set.of(Role.ADMIN));
        users.register("office", PASSWORD, null, Set.of(Role.OFFICE));
        users.register("auditor", PASSWORD, null, Set.of(Role.AUDITOR));
        organizations.forEach(o -> users.register(o.code(), PASSWORD, o.code(), Set.of(Role.UNIT)));
        LOG.info("Demo data loaded: {} organizations, work plan {} (published), {} users with password '{}'",
                organizations.size(), PLAN_ID, organizations.size() + 3, PASSWORD);
    }

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read demo data " + resource, e);
        }
    }
}
