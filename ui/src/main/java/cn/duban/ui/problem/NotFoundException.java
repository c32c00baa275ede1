package cn.duban.ui.problem;

/** An id in the path names nothing that exists (or nothing the caller may know of). HTTP 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " does not exist");
    }
}
