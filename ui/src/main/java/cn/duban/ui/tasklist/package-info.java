/** HTTP API of task lists: draft against a published plan, issue, list and read. */
package cn.duban.ui.tasklist;
