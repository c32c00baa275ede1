/**
 * Read side of supervision tasks: one task's details folded from its own stream (so {@code asOf} is exact), the
 * {@code task_progress} table behind the task lists and the status board, and every task of a plan as of a past moment.
 */
package cn.duban.query.task;
