package cn.duban.query.rebuild;

/** A rebuild was asked for while another one runs: replays of one processor must never overlap. */
public class RebuildRunningException extends IllegalStateException {

    RebuildRunningException() {
        super("a rebuild is already running");
    }
}
