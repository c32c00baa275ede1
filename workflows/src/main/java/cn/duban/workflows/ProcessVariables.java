package cn.duban.workflows;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The one typed accessor of the variables the supervision processes route by. */
public final class ProcessVariables {

    public static final String TASK_ID = "taskId";
    public static final String REASON = "reason";
    public static final String GAPS_FOUND = "gapsFound";
    public static final String COMPLETION = "completion";
    public static final String DAYS_LATE = "daysLate";
    public static final String APPROVED = "approved";
    public static final String SUGGESTED_SCORE = "suggestedScore";
    public static final String WARNING_AT = "warningAt";
    public static final String OVERDUE_AT = "overdueAt";

    private ProcessVariables() {
    }

    public static String taskId(VariableScope scope) {
        return (String) scope.getVariable(TASK_ID);
    }

    public static String reason(VariableScope scope) {
        return (String) scope.getVariable(REASON);
    }
}
