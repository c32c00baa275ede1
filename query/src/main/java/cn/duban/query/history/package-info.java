/**
 * Reading the event store itself: one aggregate's stream, in order, with who acted, when, and as of any moment.
 * Answers here never come from read-model tables, so auditors can trust them.
 */
package cn.duban.query.history;
