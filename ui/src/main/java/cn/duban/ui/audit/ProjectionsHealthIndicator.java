package cn.duban.ui.audit;

import cn.duban.query.Projection;
import cn.duban.query.ledger.DeadLetter;
import cn.duban.query.ledger.DeadLetters;
import cn.duban.query.ledger.Reconciliation;
import cn.duban.query.ledger.ReconciliationReport;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Health {@code projections}: DOWN when any projection's ledger lacks an event that the store holds, of a type it
 * handles, below its committed token, or when it holds dead letters (events it could not apply); the details name the
 * projection, the first missing positions and the first dead letters with their cause. Details are shown only to
 * ADMIN and AUDITOR (application.yml).
 */
@Component
class ProjectionsHealthIndicator extends AbstractHealthIndicator {

    private static final int FIRST_FEW = 10;

    private final List<Projection> projections;
    private final Reconciliation reconciliation;
    private final DeadLetters letters;

    ProjectionsHealthIndicator(List<Projection> projections, Reconciliation reconciliation, DeadLetters letters) {
        super("projection reconciliation failed");
        this.projections = projections;
        this.reconciliation = reconciliation;
        this.letters = letters;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean complete = true;
        for (Projection projection : projections) {
            ReconciliationReport report = reconciliation.check(projection);
            List<DeadLetter> dead = letters.of(projection.processingGroup());
            complete &= report.complete() && dead.isEmpty();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("checkedUpTo", report.checkedUpTo());
            if (!report.complete()) {
                detail.put("missing", report.missing());
                detail.put("firstMissing", report.firstMissing());
            }
            if (!dead.isEmpty()) {
                detail.put("deadLetters", dead.size());
                detail.put("firstDeadLetters", dead.stream().limit(FIRST_FEW).map(DeadLetter::position).toList());
                detail.put("cause", dead.get(0).cause());
            }
            details.put(report.processingGroup(), detail);
        }
        (complete ? health.up() : health.down()).withDetails(details);
    }
}
