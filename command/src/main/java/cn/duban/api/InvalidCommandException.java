package cn.duban.api;

import java.util.List;

/** Malformed input: the command is refused before anything is recorded. The HTTP API answers 400. */
public class InvalidCommandException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidCommandException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.errors = List.copyOf(errors);
    }

    public InvalidCommandException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
