package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A task list was drafted. */
@Revision("1")
public record TaskListDrafted(String taskListId, String workPlanId, String number, String title, LocalDate dueDate, List<Assignment> assignments) {
}
