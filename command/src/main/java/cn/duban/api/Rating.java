package cn.duban.api;

/** The rating (等次) that goes with an assessment score. */
public enum Rating {
    EXCELLENT, GOOD, PASS, FAIL
}
