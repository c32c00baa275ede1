/** Read side of work plans: the {@code work_plan} table with each plan's document, and a plan read from its stream. */
package cn.duban.query.workplan;
