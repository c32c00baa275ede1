/**
 * No lost events: every projection's processor records each event it handles in a ledger, in the same transaction
 * as the projection's rows and token, and the reconciliation compares that ledger with the event store. Uses only
 * Axon's processor APIs and the {@link cn.duban.query.Projection} contract, so it works for any projection.
 */
package cn.duban.query.ledger;
