package cn.duban.ui.problem;

import java.io.IOException;

/** A request body went past the size limit while being read (a chunked body has no length to check first). */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("请求体过大 (request body too large: at most " + limit + " bytes)");
    }
}
