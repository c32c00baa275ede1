/** HTTP API of supervision tasks: every action of the loop, the filtered list, details (as of any moment) and history. */
package cn.duban.ui.task;
