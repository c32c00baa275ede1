/**
 * The work plan (工作要点): drafted and revised, published (印发), then changed only by amendment. Its items carry
 * the indicators that task lists decompose to organizations.
 */
package cn.duban.command.workplan;
