/**
 * Auditors' proof that read models are disposable (docs/DESIGN.md, principle 4): drop and replay every
 * {@link cn.duban.query.Projection} through Axon's own processor reset, and compare its tables row by row.
 */
package cn.duban.query.rebuild;
