package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A task list was issued; the task ids are in the order of its assignments. */
@Revision("1")
public record TaskListIssued(String taskListId, List<String> taskIds) {
}
