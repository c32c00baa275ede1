/**
 * Verifiable history in the application: the event store's write path chains every event in the transaction that
 * stores it, checkpoints are signed with a key kept outside the database, and auditors verify both
 * ({@code cn.duban.audit} holds the chain, the checkpoints and the verifier; this package wires them in).
 */
package cn.duban.ui.history;
