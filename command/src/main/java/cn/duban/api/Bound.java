package cn.duban.api;

/**
 * Which side of the target meets it: at least the target, a floor (most indicators), or at most it, a ceiling; the
 * {@code comparator} of an indicator and of a task's target. Stored events name only the constant ({@code AT_MOST}),
 * never this type, so it could be renamed from {@code Comparator}, which hid {@code java.util.Comparator}.
 */
public enum Bound {
    AT_LEAST, AT_MOST
}
