/**
 * The task list (督查交办单): drafted with its assignments, then issued, which creates one supervision task per
 * assignment in the same transaction ({@link cn.duban.command.tasklist.TaskListIssuing}).
 */
package cn.duban.command.tasklist;
