/** HTTP API of work plans: list, read, draft from the work-plan JSON shape, revise, publish and amend. */
package cn.duban.ui.workplan;
