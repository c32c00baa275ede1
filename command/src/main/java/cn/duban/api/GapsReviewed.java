package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A gap review computed these gaps; none moves the task on to assessment, any sends it to rectification. */
@Revision("1")
public record GapsReviewed(String taskId, List<Gap> gaps) {
}
