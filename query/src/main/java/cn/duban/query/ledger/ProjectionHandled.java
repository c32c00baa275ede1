package cn.duban.query.ledger;

import org.axonframework.eventhandling.EventMessage;

/**
 * Published (as a Spring application event) after a projection's transaction committed the handling of a live
 * event: the read side now answers with it. Not published while a projection replays.
 */
public record ProjectionHandled(String processingGroup, long position, EventMessage<?> event) {
}
