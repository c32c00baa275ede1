package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** The office assessed the task with a score and its rating. */
@Revision("1")
public record TaskAssessed(String taskId, int score, Rating rating, BigDecimal weight, String comment)
        implements TaskEvent {
}
