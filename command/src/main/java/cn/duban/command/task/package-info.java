/**
 * The supervision task (督查任务): one plan item assigned to one organization, one event stream each. The aggregate
 * guards the lifecycle of {@link cn.duban.api.TaskStatus}; the named rules (figures, gaps, rating) are policy classes.
 */
package cn.duban.command.task;
