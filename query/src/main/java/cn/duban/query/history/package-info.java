/**
 * Reading the event store itself: one aggregate's stream, in order, with who acted, when, and as of any moment.
 * Answers here never come from read-model tables, so auditors can trust them; the login records (等保 2.0) too.
 */
package cn.duban.query.history;
