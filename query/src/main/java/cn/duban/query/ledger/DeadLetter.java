package cn.duban.query.ledger;

/**
 * An event a projection did not apply.
 *
 * @param processingGroup the projection
 * @param position        the event's global position
 * @param aggregate       its aggregate: the projection applies none of its later events until it is replayed
 * @param type            the event's payload type
 * @param cause           why its handler failed; null for an event parked behind an earlier letter of its aggregate
 * @param deadLetteredAt  when, as an ISO-8601 instant
 */
public record DeadLetter(String processingGroup, long position, String aggregate, String type, String cause,
                         String deadLetteredAt) {
}
