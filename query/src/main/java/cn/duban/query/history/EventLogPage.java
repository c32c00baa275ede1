package cn.duban.query.history;

import java.util.List;

/** A page of the global log, oldest first; {@code nextAfter} is the {@code after} that asks for the next page. */
public record EventLogPage(List<LoggedEvent> events, long nextAfter) {
}
