package cn.duban.command.tasklist;

import cn.duban.api.IssueTaskList;
import cn.duban.command.shared.InputCheck;

import java.util.regex.Pattern;

/**
 * How often units report: an ISO-8601 repeating interval of whole days or weeks such as {@code R/P7D} (weekly,
 * unbounded) or {@code R4/P1W}, at least one day; none given means weekly.
 */
final class ReportingCycle {

    private static final Pattern CYCLE = Pattern.compile("R\\d*/P(\\d+)([DW])");

    private ReportingCycle() {
    }

    static String resolve(String requested, InputCheck check) {
        if (requested == null || requested.isBlank()) {
            return IssueTaskList.DEFAULT_REPORTING_CYCLE;
        }
        var matcher = CYCLE.matcher(requested);
        check.require(matcher.matches() && Integer.parseInt(matcher.group(1)) > 0, "reportingCycle",
                "须为按天或按周的 ISO-8601 重复周期，如 R/P7D");
        return requested;
    }
}
