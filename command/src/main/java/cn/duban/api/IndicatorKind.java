package cn.duban.api;

/** How an indicator is measured: a count of things, a rate in percent, or a milestone that is done (1) or not (0). */
public enum IndicatorKind {
    COUNT, PERCENT, MILESTONE
}
