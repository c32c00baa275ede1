/**
 * The supervision loop as BPMN, DMN and Camunda Forms, and the bridge between the process engine and the commands.
 * Depends only on the command module's message API ({@code cn.duban.api}).
 */
package cn.duban.workflows;
