package cn.duban.ui.audit;

import cn.duban.query.Projection;
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
 * handles, below its committed token; the details name the projection and the first missing positions. Details are
 * shown only to ADMIN and AUDITOR (application.yml).
 */
@Component
class ProjectionsHealthIndicator extends AbstractHealthIndicator {

    private final List<Projection> projections;
    private final Reconciliation reconciliation;

    ProjectionsHealthIndicator(List<Projection> projections, Reconciliation reconciliation) {
        super("projection reconciliation failed");
        this.projections = projections;
        this.reconciliation = reconciliation;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean complete = true;
        for (Projection projection : projections) {
            ReconciliationReport report = reconciliation.check(projection);
            complete &= report.complete();
            details.put(report.processingGroup(), report.complete()
                    ? Map.of("checkedUpTo", report.checkedUpTo())
                    : Map.of("checkedUpTo", report.checkedUpTo(), "missing", report.missing(),
                    "firstMissing", report.firstMissing()));
        }
        (complete ? health.up() : health.down()).withDetails(details);
    }
}
