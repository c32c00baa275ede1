package cn.duban.ui.paperwork;

import cn.duban.api.Bound;
import cn.duban.api.IndicatorKind;
import cn.duban.api.Light;
import cn.duban.api.Rollup;
import cn.duban.api.TaskStatus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Chinese words of the paperwork (workbooks, 交办单, 通报) for the model's codes, the same as the web UI's
 * dictionary (locales/zh-CN.json), so that a printed status reads as the screen does. A clerk may type either the
 * word or the code into a workbook.
 */
public final class Words {

    public static final Map<IndicatorKind, String> KINDS = ordered(Map.of(
            IndicatorKind.COUNT, "数量", IndicatorKind.PERCENT, "百分比", IndicatorKind.MILESTONE, "里程碑"),
            IndicatorKind.values());
    public static final Map<Bound, String> COMPARATORS = ordered(Map.of(
            Bound.AT_LEAST, "不少于", Bound.AT_MOST, "不超过"), Bound.values());
    public static final Map<Rollup, String> ROLLUPS = ordered(Map.of(
            Rollup.SUM, "求和", Rollup.MIN, "取最低", Rollup.ALL, "全部完成"), Rollup.values());
    /** The plan's categories of items (一个主线、两个重点、三个原则、四项工程、十件实事); others stay as typed. */
    public static final Map<String, String> CATEGORIES = ordered(Map.of(
            "MAIN_LINE", "主线", "FOCUS", "重点", "PRINCIPLE", "原则", "PROJECT", "工程",
            "PRACTICAL_MATTER", "实事"), new String[]{"MAIN_LINE", "FOCUS", "PRINCIPLE", "PROJECT", "PRACTICAL_MATTER"});

    private Words() {
    }

    public static String status(TaskStatus status) {
        return switch (status) {
            case ISSUED -> "已交办";
            case ACKNOWLEDGED -> "已签收";
            case REPORTING -> "推进中";
            case RECTIFYING -> "整改中";
            case ASSESSING -> "待考核";
            case CLOSED -> "已办结";
            case WITHDRAWN -> "已撤回";
        };
    }

    public static String light(Light light) {
        return light == null ? "—" : switch (light) {
            case GREEN -> "绿灯";
            case BLUE -> "蓝灯";
            case YELLOW -> "黄灯";
            case RED -> "红灯";
        };
    }

    /** The code a clerk meant by a word or a code of {@code words}. */
    public static <K> Optional<K> code(Map<K, String> words, String typed) {
        return words.entrySet().stream()
                .filter(e -> e.getValue().equals(typed) || e.getKey().toString().equalsIgnoreCase(typed))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The category's word, or the category as stored. */
    public static String category(String category) {
        return category == null ? null : CATEGORIES.getOrDefault(category, category);
    }

    @SafeVarargs
    private static <K> Map<K, String> ordered(Map<K, String> words, K... order) {
        Map<K, String> ordered = new LinkedHashMap<>();
        for (K key : order) {
            ordered.put(key, words.get(key));
        }
        return java.util.Collections.unmodifiableMap(ordered);
    }
}
