package cn.duban.ui.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Checks every key and string of a request body against {@link TextRule} as the parser meets it, whatever the
 * body is read into (records, maps keyed by indicator code, trees, plain objects), and names a duplicate key. The
 * base {@link JsonParser}'s {@code nextFieldName}, {@code nextTextValue} and the like all advance through
 * {@link #nextToken()}, so no token passes unchecked; {@link #skipChildren()} does too, for ignored fields.
 */
final class CheckedJsonParser extends JsonParserDelegate {

    /** Jackson's message when {@link JsonParser.Feature#STRICT_DUPLICATE_DETECTION} finds a key twice. */
    private static final String DUPLICATE = "Duplicate field '";

    CheckedJsonParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token;
        try {
            token = delegate.nextToken();
        } catch (JsonParseException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith(DUPLICATE)) {
                throw new RefusedTextException(this, path(delegate.getParsingContext()),
                        "字段重复出现 (duplicate key)");
            }
            throw e;
        }
        if (token == JsonToken.FIELD_NAME) {
            check(delegate.currentName(), false);
        } else if (token == JsonToken.VALUE_STRING) {
            JsonStreamContext context = delegate.getParsingContext();
            check(delegate.getText(), context.inObject() && TextRule.isFreeText(context.getCurrentName()));
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken current = currentToken();
        if (current != JsonToken.START_OBJECT && current != JsonToken.START_ARRAY) {
            return this;
        }
        for (int open = 1; open > 0; ) {
            JsonToken token = nextToken();
            if (token == null) {
                return this;
            }
            open += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
        }
        return this;
    }

    private void check(String text, boolean freeText) throws RefusedTextException {
        var fault = TextRule.fault(text, freeText);
        if (fault.isPresent()) {
            throw new RefusedTextException(this, path(delegate.getParsingContext()), fault.get());
        }
    }

    /** The field as the API names it elsewhere: {@code assignments[0].targets.love_stations}; the root is "body". */
    static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + at.getCurrentIndex() + "]");
            } else if (at.getCurrentName() != null) {
                parts.push("." + at.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }
}
