package cn.duban.api;

/**
 * A supervision task's stream as the event store names it (Axon's aggregate type): the {@code SupervisionTask}
 * aggregate is declared with it, and the read side asks the store for a task's events by it.
 */
public final class TaskStream {

    public static final String TYPE = "SupervisionTask";

    private TaskStream() {
    }
}
