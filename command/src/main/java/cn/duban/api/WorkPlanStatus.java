package cn.duban.api;

/** A work plan is drafted and revised, then published (印发); a published plan changes only by amendment. */
public enum WorkPlanStatus {
    DRAFT, PUBLISHED
}
