package cn.duban.query.task;

import cn.duban.api.EvidenceFile;
import cn.duban.api.Gap;
import cn.duban.api.Light;
import cn.duban.api.TaskStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One task as docs/API.md's {@code GET /api/tasks/{id}} shows it, with the evidence files attached to it, its number
 * in its list and the list's number ({@link TaskNumbers}; null before the list's tasks are numbered).
 */
public record TaskDetails(String id, String taskListId, String workPlanId, String itemCode, String organization,
                          TaskStatus status, LocalDate dueDate, Map<String, BigDecimal> targets,
                          Map<String, BigDecimal> reported, BigDecimal completion, List<Gap> gaps, Integer score,
                          BigDecimal weight, boolean overdue, Light light,
                          List<EvidenceFile> evidence, String number, String taskListNumber) {

    TaskDetails withNumber(TaskNumbers.TaskNumber number) {
        return number == null ? this : new TaskDetails(id, taskListId, workPlanId, itemCode, organization, status,
                dueDate, targets, reported, completion, gaps, score, weight, overdue, light, evidence, number.number(),
                number.taskListNumber());
    }
}
