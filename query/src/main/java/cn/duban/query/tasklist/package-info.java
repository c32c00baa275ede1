/** Read side of task lists: the {@code task_list} table, with each list's tasks from {@code task_summary}. */
package cn.duban.query.tasklist;
