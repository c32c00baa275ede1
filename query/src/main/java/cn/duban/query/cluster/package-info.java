/**
 * The application nodes that share one database: who they are ({@link cn.duban.query.cluster.ThisNode}), which of
 * them are alive and what share of each processor's segments each may claim
 * ({@link cn.duban.query.cluster.ClusterNodes}). Nothing here needs a server besides PostgreSQL.
 */
package cn.duban.query.cluster;
