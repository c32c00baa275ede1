package cn.duban.query.history;

import java.util.List;

/** Login records, newest first; {@code next} is the {@code before} that asks for the next page, null at the end. */
public record LoginRecordPage(List<LoginRecord> records, Long next) {
}
