package cn.duban.ui.tasklist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A task list as docs/API.md's {@code POST /api/task-lists} takes it: targets by indicator code. */
record TaskListRequest(@NotNull String workPlanId, String number, String title, LocalDate dueDate,
                       @NotNull @Valid List<@NotNull AssignmentRequest> assignments) {

    record AssignmentRequest(String itemCode, String organization, Map<String, BigDecimal> targets,
                             BigDecimal weight, LocalDate dueDate) {
    }
}
