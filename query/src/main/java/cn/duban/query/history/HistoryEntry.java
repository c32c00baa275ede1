package cn.duban.query.history;

import java.time.Instant;

/** One event of a stream as an auditor reads it: its place, its type, when, who, for which organization, what. */
public record HistoryEntry(long sequence, String type, Instant timestamp, String actor, String organization,
                           Object payload) {
}
