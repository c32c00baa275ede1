/**
 * The status board: completion status per Party organization and the city-wide progress of each plan indicator,
 * computed by pure code from the tasks of a plan, whether they come from {@code task_progress} (now) or from the
 * event store (as of a past moment), so both answers share one implementation.
 */
package cn.duban.query.status;
