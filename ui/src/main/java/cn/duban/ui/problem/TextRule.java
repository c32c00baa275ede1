package cn.duban.ui.problem;

import java.util.Optional;
import java.util.Set;

/**
 * The one rule for text that enters through the HTTP API, in every JSON string and key, path id and query parameter.
 * No text may hold an unpaired UTF-16 surrogate (it cannot be stored as UTF-8) or a control character (U+0000 to
 * U+001F, U+007F to U+009F: PostgreSQL refuses NUL in text, and the others break exports and projections). Free text,
 * where a person writes sentences ({@link #FREE_TEXT}: narratives, reasons, comments, messages), may also hold tab,
 * line feed and carriage return; ids, codes, names, titles and numbers written as text may not.
 */
public final class TextRule {

    /** The fields, wherever they sit in a body, whose text may run over several lines. */
    public static final Set<String> FREE_TEXT = Set.of("narrative", "reason", "comment", "message");

    private TextRule() {
    }

    /** Whether the field (the last name of its path) holds free text. */
    public static boolean isFreeText(String fieldName) {
        return fieldName != null && FREE_TEXT.contains(fieldName);
    }

    /** What is wrong with the text, in Chinese first and English in parentheses; empty when it may be accepted. */
    public static Optional<String> fault(String text, boolean freeText) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("第 " + i + " 个字符是不成对的代理字符 (an unpaired UTF-16 surrogate at index " + i + ")");
            } else if (Character.isISOControl(c) && !(freeText && (c == '\t' || c == '\n' || c == '\r'))) {
                String code = String.format("U+%04X", (int) c);
                return Optional.of("第 " + i + " 个字符是控制字符 " + code + " (a control character at index " + i + ")");
            }
        }
        return Optional.empty();
    }
}
