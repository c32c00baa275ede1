/**
 * The supervision task (督查任务): one plan item assigned to one organization, one event stream each. The aggregate
 * guards the lifecycle of {@link cn.duban.api.TaskStatus}; the named rules (figures, evidence, gaps, rating) are
 * classes of their own, each named for its subject with the suffix {@code Rules}.
 */
package cn.duban.command.task;
