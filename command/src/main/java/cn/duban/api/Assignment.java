package cn.duban.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A plan item assigned to one organization in a task list: its targets, assessment weight and deadline. */
public record Assignment(String itemCode, String organization, List<TaskTarget> targets, BigDecimal weight,
                         LocalDate dueDate) {

    public Assignment {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
