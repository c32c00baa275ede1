/** Read side of task lists: the {@code task_list} table, with each list's tasks from {@code task_progress}. */
package cn.duban.query.tasklist;
