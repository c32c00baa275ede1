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

    /**
     * Figures, targets and weights are at most 10^12 in size with at most 6 decimal places: far beyond any real
     * count, rate or weight, and small enough that no sum, roll-up, column or form label of them blows up (a
     * figure of 1e400 or 1e-400 is a valid BigDecimal, and its plain text is hundreds of digits long).
     */
    public static final BigDecimal MAX_FIGURE = BigDecimal.TEN.pow(12);
    public static final int MAX_DECIMALS = 6;

    private final List<FieldError> errors = new ArrayList<>();

    public InputCheck require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public InputCheck text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "不能为空"));
        } else if (value.length() > maxLength) {
            errors.add(new FieldError(field, "不能超过 " + maxLength + " 个字符"));
        }
        return this;
    }

    public InputCheck optionalText(String value, String field, int maxLength) {
        return value == null ? this : require(value.length() <= maxLength, field,
                "不能超过 " + maxLength + " 个字符");
    }

    public InputCheck notNull(Object value, String field) {
        return require(value != null, field, "必须填写");
    }

    public InputCheck notEmpty(Collection<?> value, String field) {
        return require(value != null && !value.isEmpty(), field, "至少要有一项");
    }

    public InputCheck positive(BigDecimal value, String field) {
        return value != null && value.signum() > 0 ? bounded(value, field)
                : require(false, field, "必须大于 0");
    }

    public InputCheck nonNegative(BigDecimal value, String field) {
        return value != null && value.signum() >= 0 ? bounded(value, field)
                : require(false, field, "不能小于 0");
    }

    /** Whether a figure keeps to {@link #MAX_FIGURE} and {@link #MAX_DECIMALS}; cheap for any exponent. */
    public static boolean isBounded(BigDecimal value) {
        return value.abs().compareTo(MAX_FIGURE) <= 0 && value.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }

    private InputCheck bounded(BigDecimal value, String field) {
        return require(isBounded(value), field, "须在 ±10^12 以内且最多 " + MAX_DECIMALS + " 位小数");
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
