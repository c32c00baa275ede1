package cn.duban.workflows;

import cn.duban.api.ReviewLight;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * The daily light review (LightReviewProcess): once a day, at the start of the office's day, every open supervision
 * task is asked to judge its light ({@link ReviewLight}; a change is an event). One timer for all tasks instead of a
 * timer per task per day; the tasks are judged a page at a time, each page its own job and transaction, in the order
 * of their ids, so a failed page is retried alone and the pass resumes after the last page it committed; each task
 * is judged in a transaction of its own, so one that fails is skipped, not the page. When it starts:
 * {@link LightReviewSchedule}.
 */
@Component("lightReview")
public class LightReview implements JavaDelegate {

    public static final String PROCESS = "LightReviewProcess";
    /** The last task id of the pages judged so far; the next page starts after it. */
    static final String REVIEWED_UP_TO = "reviewedUpTo";
    static final String MORE_PAGES = "morePages";
    private static final String SUPERVISION_PROCESS = "SupervisionTaskProcess";
    private static final Logger LOG = LoggerFactory.getLogger(LightReview.class);

    private final RuntimeService runtime;
    private final ManagementService management;
    private final ProcessCommands commands;
    private final TransactionOperations eachTask;
    private final int pageSize;

    @Autowired
    LightReview(RuntimeService runtime, ManagementService management, ProcessCommands commands,
                WorkflowSettings settings, PlatformTransactionManager transactions) {
        this(runtime, management, commands, settings, eachInItsOwn(transactions));
    }

    LightReview(RuntimeService runtime, ManagementService management, ProcessCommands commands,
                WorkflowSettings settings, TransactionOperations eachTask) {
        this.runtime = runtime;
        this.management = management;
        this.commands = commands;
        this.eachTask = eachTask;
        this.pageSize = settings.lightReviewPage();
    }

    static TransactionOperations eachInItsOwn(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    /** Judges the next page of open tasks and says whether another may follow. */
    @Override
    public void execute(DelegateExecution execution) {
        String after = (String) execution.getVariable(REVIEWED_UP_TO);
        List<String> page = openTasksAfter(after == null ? "" : after);
        page.forEach(this::review);
        execution.setVariable(REVIEWED_UP_TO, page.isEmpty() ? after : page.get(page.size() - 1));
        execution.setVariable(MORE_PAGES, page.size() == pageSize);
    }

    /**
     * One task's review, in a transaction of its own: a task that cannot be judged (a concurrent change, an
     * aggregate that fails to load) is logged and skipped, and neither stops the page nor rolls back the others.
     */
    private void review(String taskId) {
        try {
            eachTask.executeWithoutResult(status -> commands.send(new ReviewLight(taskId)));
        } catch (RuntimeException e) {
            LOG.warn("the daily light review skipped task {}", taskId, e);
        }
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
