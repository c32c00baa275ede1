package cn.duban.api;

import java.time.LocalDate;

/** One task created by issuing a task list, with what its process needs to route: whose it is and when it is due. */
public record IssuedTask(String taskId, String itemCode, String organization, LocalDate dueDate) {
}
