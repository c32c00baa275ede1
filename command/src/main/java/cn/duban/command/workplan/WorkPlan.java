package cn.duban.command.workplan;

import cn.duban.api.Actor;
import cn.duban.api.AmendWorkPlan;
import cn.duban.api.DraftWorkPlan;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.PlanItem;
import cn.duban.api.PublishWorkPlan;
import cn.duban.api.ReviseWorkPlan;
import cn.duban.api.Role;
import cn.duban.api.WorkPlanAmended;
import cn.duban.api.WorkPlanDrafted;
import cn.duban.api.WorkPlanPublished;
import cn.duban.api.WorkPlanRevised;
import cn.duban.api.WorkPlanStatus;
import cn.duban.command.shared.InputCheck;
import cn.duban.api.Require;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A work plan's stream: drafted, revised while a draft, published, and amended after publishing. */
@Aggregate
public class WorkPlan {

    @AggregateIdentifier
    private String workPlanId;
    private WorkPlanStatus status;
    private List<PlanItem> items;

    protected WorkPlan() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public WorkPlan(DraftWorkPlan command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        var check = new InputCheck()
                .text(command.workPlanId(), "workPlanId", 64)
                .require(command.year() >= 2000 && command.year() <= 2100, "year", "须在 2000 到 2100 之间");
        checkContent(command.title(), command.issuer(), command.framework(), command.items(), check);
        check.orThrow();
        apply(new WorkPlanDrafted(command.workPlanId(), command.year(), command.title(), command.issuer(),
                command.framework(), List.copyOf(command.items())));
    }

    @CommandHandler
    void handle(ReviseWorkPlan command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        var check = new InputCheck();
        checkContent(command.title(), command.issuer(), command.framework(), command.items(), check);
        check.orThrow();
        expect(status == WorkPlanStatus.DRAFT, "a published plan changes only by amendment");
        apply(new WorkPlanRevised(workPlanId, command.title(), command.issuer(), command.framework(),
                List.copyOf(command.items())));
    }

    @CommandHandler
    void handle(PublishWorkPlan command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        expect(status == WorkPlanStatus.DRAFT, "the plan is already published");
        apply(new WorkPlanPublished(workPlanId));
    }

    @CommandHandler
    void handle(AmendWorkPlan command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        var check = new InputCheck().text(command.reason(), "reason", InputCheck.MAX_TEXT);
        PlanRules.check(command.items(), check);
        if (check.ok()) {
            PlanRules.checkAmendment(items, command.items(), check);
        }
        check.orThrow();
        expect(status == WorkPlanStatus.PUBLISHED, "a draft is revised, not amended");
        apply(new WorkPlanAmended(workPlanId, List.copyOf(command.items()), command.reason()));
    }

    private static void checkContent(String title, String issuer, String framework, List<PlanItem> items,
                                     InputCheck check) {
        check.text(title, "title", 200)
                .optionalText(issuer, "issuer", 200)
                .optionalText(framework, "framework", 500);
        PlanRules.check(items, check);
    }

    private void expect(boolean allowed, String why) {
        if (!allowed) {
            throw new IllegalTransitionException("work plan " + workPlanId + " is " + status + ": " + why);
        }
    }

    @EventSourcingHandler
    void on(WorkPlanDrafted event) {
        workPlanId = event.workPlanId();
        items = event.items();
        status = WorkPlanStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(WorkPlanRevised event) {
        items = event.items();
    }

    @EventSourcingHandler
    void on(WorkPlanPublished event) {
        status = WorkPlanStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(WorkPlanAmended event) {
        items = event.items();
    }
}
