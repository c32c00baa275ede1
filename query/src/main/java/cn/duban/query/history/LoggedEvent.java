package cn.duban.query.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One event of the global log exactly as stored: its global position, its aggregate and place in that stream, the
 * payload type's simple name and revision, when, the payload and the metadata (who, organization, roles, trace and
 * correlation ids) as the JSON that was written.
 */
public record LoggedEvent(long position, String aggregateType, String aggregateId, long sequence, String type,
                          String revision, Instant timestamp, JsonNode payload, JsonNode metadata) {
}
