package cn.duban.ui.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.RequestPayload;

/**
 * A JSON body read as far as a string, key or duplicate key the API refuses ({@link TextRule}): the body is
 * well-formed, so this names the field (such as {@code assignments[0].organization}) instead of "not JSON".
 */
public class RefusedTextException extends StreamReadException {

    private final String field;
    private final String reason;

    RefusedTextException(JsonParser parser, String field, String reason) {
        super(parser, field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    @Override
    public StreamReadException withParser(JsonParser parser) {
        return new RefusedTextException(parser, field, reason);
    }

    @Override
    public StreamReadException withRequestPayload(RequestPayload payload) {
        return this;
    }
}
