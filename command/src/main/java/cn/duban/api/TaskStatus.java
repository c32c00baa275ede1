package cn.duban.api;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of a supervision task, exactly as the HTTP API names it. */
public enum TaskStatus {
    ISSUED, ACKNOWLEDGED, REPORTING, RECTIFYING, ASSESSING, CLOSED, WITHDRAWN;

    private static final Set<TaskStatus> FINISHED = EnumSet.of(CLOSED, WITHDRAWN);

    public boolean isFinished() {
        return FINISHED.contains(this);
    }
}
