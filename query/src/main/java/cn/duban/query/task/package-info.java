/**
 * Read side of supervision tasks: one task's details folded from its own stream (so {@code asOf} is exact), and the
 * {@code task_summary} table behind the filtered task lists.
 */
package cn.duban.query.task;
