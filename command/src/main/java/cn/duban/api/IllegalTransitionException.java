package cn.duban.api;

/** The action is not allowed in the current state (e.g. assessing a task that still has gaps). HTTP 409. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
