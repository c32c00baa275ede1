/**
 * Verifiable history: a hash chain over every stored event (per aggregate stream and along the order in which the
 * store accepted them), checkpoints that sign the chain's head with a key the database does not hold, and the
 * verifier that checks both. Plain Java and JDBC, no Spring, so the same code serves the application's write path
 * and the auditor's standalone command ({@link cn.duban.audit.VerifierCommand}).
 */
package cn.duban.audit;
