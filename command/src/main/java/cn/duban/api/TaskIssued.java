package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A supervision task was issued to an organization. */
@Revision("1")
public record TaskIssued(String taskId, String taskListId, String workPlanId, String itemCode, String organization,
                         List<TaskTarget> targets, BigDecimal weight, LocalDate dueDate) implements TaskEvent {
}
