/**
 * For auditors: the global event log, the rebuild that proves every projection can be replayed to the same answers,
 * and the reconciliation of each projection with the store as a health indicator.
 */
package cn.duban.ui.audit;
