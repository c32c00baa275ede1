package cn.duban.command.tasklist;

import cn.duban.api.Assignment;
import cn.duban.api.TaskTarget;
import cn.duban.command.shared.InputCheck;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a task list's assignments well formed: each names a plan item and an organization, once per pair,
 * with a positive assessment weight and non-negative targets, each indicator at most once.
 */
final class AssignmentRules {

    static final int MAX_ASSIGNMENTS = 2000;

    private AssignmentRules() {
    }

    static void check(List<Assignment> assignments, InputCheck check) {
        check.require(assignments.size() <= MAX_ASSIGNMENTS, "assignments",
                "每张交办单最多 " + MAX_ASSIGNMENTS + " 项");
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            String field = "assignments[" + i + "]";
            check.text(a.itemCode(), field + ".itemCode", 64)
                    .text(a.organization(), field + ".organization", 64)
                    .positive(a.weight(), field + ".weight")
                    .require(pairs.add(a.itemCode() + "\u0000" + a.organization()), field,
                            "要点 " + a.itemCode() + " 已交办给 " + a.organization() + "，不能重复交办");
            checkTargets(a.targets(), field, check);
        }
    }

    private static void checkTargets(List<TaskTarget> targets, String field, InputCheck check) {
        Set<String> indicators = new HashSet<>();
        for (TaskTarget target : targets) {
            String name = field + ".targets." + target.indicator();
            check.require(indicators.add(target.indicator()), name, "重复填写")
                    .notNull(target.kind(), name + ".kind")
                    .notNull(target.comparator(), name + ".comparator")
                    .nonNegative(target.target(), name);
        }
    }
}
