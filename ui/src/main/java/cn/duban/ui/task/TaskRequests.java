package cn.duban.ui.task;

import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The bodies of the task actions in docs/API.md. What the domain decides is checked by the aggregate, not here. */
final class TaskRequests {

    private TaskRequests() {
    }

    record Report(Map<String, BigDecimal> figures, String narrative, List<String> evidence) {
    }

    record Urge(String message) {
    }

    record ExtensionRequest(LocalDate dueDate, String reason) {
    }

    record ExtensionDecision(@NotNull Boolean approved, String comment) {
    }

    record Rectification(Map<String, BigDecimal> figures, String narrative, List<String> evidence) {
    }

    record Assessment(@NotNull Integer score, String comment) {
    }

    record Withdrawal(String reason) {
    }
}
