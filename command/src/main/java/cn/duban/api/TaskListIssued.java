package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A task list was issued: one task per assignment, in the order of the assignments, each reported on the given
 * reporting cycle (an ISO-8601 repeating interval such as {@code R/P7D}).
 */
@Revision("1")
public record TaskListIssued(String taskListId, List<IssuedTask> tasks, String reportingCycle) {

    public List<String> taskIds() {
        return tasks.stream().map(IssuedTask::taskId).toList();
    }
}
