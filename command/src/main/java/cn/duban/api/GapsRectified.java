package cn.duban.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.Map;

/** The unit rectified: new figures for the next gap review. */
@Revision("1")
public record GapsRectified(String taskId, Map<String, BigDecimal> figures, String narrative) {
}
