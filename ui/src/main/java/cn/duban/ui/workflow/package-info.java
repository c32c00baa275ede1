/**
 * The supervision loop as users drive it: each task action is one transaction holding the command's events and the
 * process step (work item completed or message delivered); the work queue and its Camunda Forms.
 */
package cn.duban.ui.workflow;
