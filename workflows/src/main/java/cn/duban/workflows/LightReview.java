package cn.duban.workflows;

import cn.duban.api.ReviewLight;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The daily light review (LightReviewProcess): once a day, at the start of the office's day, every open supervision
 * task is asked to judge its light ({@link ReviewLight}; a change is an event). One timer for all tasks instead of a
 * timer per task per day; the tasks are judged a page at a time, each page its own job and transaction, in the order
 * of their ids, so a failed page is retried alone and the pass resumes after the last page it committed. When it
 * starts: {@link LightReviewSchedule}.
 */
@Component("lightReview")
public class LightReview implements JavaDelegate {

    public static final String PROCESS = "LightReviewProcess";
    /** The last task id of the pages judged so far; the next page starts after it. */
    static final String REVIEWED_UP_TO = "reviewedUpTo";
    static final String MORE_PAGES = "morePages";
    private static final String SUPERVISION_PROCESS = "SupervisionTaskProcess";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final ProcessCommands commands;
    private final int pageSize;

    LightReview(RuntimeService runtime, ManagementService management, ProcessCommands commands,
                WorkflowSettings settings) {
        this.runtime = runtime;
        this.management = management;
        this.commands = commands;
        this.pageSize = settings.lightReviewPage();
    }

    /** Judges the next page of open tasks and says whether another may follow. */
    @Override
    public void execute(DelegateExecution execution) {
        String after = (String) execution.getVariable(REVIEWED_UP_TO);
        List<String> page = openTasksAfter(after == null ? "" : after);
        page.forEach(taskId -> commands.send(new ReviewLight(taskId)));
        execution.setVariable(REVIEWED_UP_TO, page.isEmpty() ? after : page.get(page.size() - 1));
        execution.setVariable(MORE_PAGES, page.size() == pageSize);
    }

    /**
     * The ids (business keys) of running supervision processes after that id, in order. A native query because the
     * process instance query cannot start after a business key; keyset paging, unlike an offset, skips no task when
     * others close while the pass runs.
     */
    private List<String> openTasksAfter(String after) {
        String executions = management.getTableName(ExecutionEntity.class);
        String definitions = management.getTableName(ProcessDefinitionEntity.class);
        return runtime.createNativeProcessInstanceQuery()
                .sql("SELECT E.* FROM " + executions + " E JOIN " + definitions + " D ON E.PROC_DEF_ID_ = D.ID_"
                        + " WHERE E.ID_ = E.PROC_INST_ID_ AND E.SUSPENSION_STATE_ = 1 AND D.KEY_ = #{key}"
                        + " AND E.BUSINESS_KEY_ > #{after} ORDER BY E.BUSINESS_KEY_")
                .parameter("key", SUPERVISION_PROCESS).parameter("after", after)
                .listPage(0, pageSize).stream().map(ProcessInstance::getBusinessKey).toList();
    }
}
