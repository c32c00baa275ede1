package cn.duban.api;

/**
 * An event of one supervision task's stream. The task's state is the fold of these ({@link TaskStatus#after} for its
 * status), and a read model that keeps a row per task handles them as one type.
 */
public interface TaskEvent {

    String taskId();
}
