package cn.duban.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issue (交办) a drafted task list: one supervision task per assignment. The reporting cycle is an ISO-8601 repeating
 * interval ({@code R/P7D}: weekly); none means the default.
 */
public record IssueTaskList(@TargetAggregateIdentifier String taskListId, String reportingCycle) {

    public static final String DEFAULT_REPORTING_CYCLE = "R/P7D";

    public IssueTaskList(String taskListId) {
        this(taskListId, null);
    }
}
