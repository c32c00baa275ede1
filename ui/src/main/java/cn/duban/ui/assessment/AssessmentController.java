package cn.duban.ui.assessment;

import cn.duban.query.assessment.AssessmentQueries;
import cn.duban.query.assessment.RankedOrganization;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.ui.problem.PastMoment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/assessment")
class AssessmentController {

    private final AssessmentQueries assessment;
    private final Clock clock;

    AssessmentController(AssessmentQueries assessment, Clock clock) {
        this.assessment = assessment;
        this.clock = clock;
    }

    /** {@code asOf} is more than docs/API.md promises: the ranking as it stood then, from the event store. */
    @GetMapping("/ranking")
    @PreAuthorize("hasAnyRole('OFFICE', 'AUDITOR')")
    List<RankedOrganization> ranking(@RequestParam String workPlan, @RequestParam(required = false) Instant asOf) {
        return assessment.ranking(workPlan, PastMoment.check(asOf, clock))
                .orElseThrow(() -> new NotFoundException("work plan", workPlan));
    }
}
