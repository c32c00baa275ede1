package cn.duban.api;

/** The actor's role or organization may not do this (e.g. a unit acting on another unit's task). HTTP 403. */
public class ActionNotAllowedException extends RuntimeException {

    public ActionNotAllowedException(String message) {
        super(message);
    }
}
