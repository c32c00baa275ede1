package cn.duban.api;

/** Which side of the target meets it: at least the target (most indicators) or at most it (a ceiling). */
public enum Comparator {
    AT_LEAST, AT_MOST
}
