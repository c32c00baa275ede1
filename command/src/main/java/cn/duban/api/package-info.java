/**
 * The message API of Duban: commands (imperative), events (past tense, {@code @Revision} from day one) and the values
 * they carry, as Java records. Ids and values only; every other module may depend on this package and on nothing else
 * of the command module.
 */
package cn.duban.api;
