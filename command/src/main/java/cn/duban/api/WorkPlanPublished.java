package cn.duban.api;

import org.axonframework.serialization.Revision;

/** A work plan was published (印发). */
@Revision("1")
public record WorkPlanPublished(String workPlanId) {
}
