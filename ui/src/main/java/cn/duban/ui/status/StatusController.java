package cn.duban.ui.status;

import cn.duban.api.Actor;
import cn.duban.query.status.OrganizationStatus;
import cn.duban.query.status.PlanItemProgress;
import cn.duban.query.status.StatusQueries;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.ui.problem.PastMoment;
import cn.duban.ui.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/status")
class StatusController {

    private final StatusQueries status;
    private final Clock clock;

    StatusController(StatusQueries status, Clock clock) {
        this.status = status;
        this.clock = clock;
    }

    /** The office and auditors see every organization; a unit gets its own row, filtered in the query itself. */
    @GetMapping("/organizations")
    @PreAuthorize("hasAnyRole('OFFICE', 'AUDITOR', 'UNIT')")
    List<OrganizationStatus> organizations(@RequestParam String workPlan,
                                           @RequestParam(required = false) Instant asOf) {
        Actor actor = CurrentActor.require();
        String only = actor.readsEveryOrganization() ? null : actor.organization();
        return status.organizations(workPlan, only, PastMoment.check(asOf, clock))
                .orElseThrow(() -> new NotFoundException("work plan", workPlan));
    }

    @GetMapping("/plan-items")
    @PreAuthorize("hasAnyRole('OFFICE', 'AUDITOR')")
    List<PlanItemProgress> planItems(@RequestParam String workPlan, @RequestParam(required = false) Instant asOf) {
        return status.planItems(workPlan, PastMoment.check(asOf, clock))
                .orElseThrow(() -> new NotFoundException("work plan", workPlan));
    }
}
