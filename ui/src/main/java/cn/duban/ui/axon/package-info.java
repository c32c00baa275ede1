/**
 * Axon wiring: the snake_case JDBC schemas of the event and token stores, pooled streaming processors, the injected
 * clock, and the metadata (who, organization, roles, trace) that every command and event carries.
 */
package cn.duban.ui.axon;
