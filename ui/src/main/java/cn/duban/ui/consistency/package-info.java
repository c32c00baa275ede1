/**
 * Read-your-writes: a write answers the position in the event store it reached ({@code Duban-Position}); the same
 * caller's next reads wait, bounded, until every projection has passed it. Browser sessions get this by themselves;
 * API clients send the position back ({@code Duban-After}). README, "Read your writes".
 */
package cn.duban.ui.consistency;
