package cn.duban.command.shared;

import cn.duban.api.FieldError;
import cn.duban.api.InvalidCommandException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects everything wrong with a command's input, so the caller hears of every field at once. */
public final class InputCheck {

    public static final int MAX_TEXT = 4000;

    private final List<FieldError> errors = new ArrayList<>();

    public InputCheck require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public InputCheck text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (value.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
        return this;
    }

    public InputCheck optionalText(String value, String field, int maxLength) {
        return value == null ? this : require(value.length() <= maxLength, field,
                "must be at most " + maxLength + " characters");
    }

    public InputCheck notNull(Object value, String field) {
        return require(value != null, field, "must not be null");
    }

    public InputCheck notEmpty(Collection<?> value, String field) {
        return require(value != null && !value.isEmpty(), field, "must not be empty");
    }

    public InputCheck positive(BigDecimal value, String field) {
        return require(value != null && value.signum() > 0, field, "must be greater than 0");
    }

    public InputCheck nonNegative(BigDecimal value, String field) {
        return require(value != null && value.signum() >= 0, field, "must be 0 or more");
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
    }
}
