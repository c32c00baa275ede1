package cn.duban.query.rebuild;

/**
 * One projection after a rebuild: whether its tables hold exactly the rows they held before. Events of types it
 * handles that arrived while it rebuilt are counted: when there are any, a difference may be theirs. Dead letters are
 * the events the replay could not apply either (see the health check's {@code projections} for their cause).
 */
public record RebuildReport(String name, boolean identical, long eventsDuringRebuild, long deadLetters) {
}
