package cn.duban.command.tasklist;

import cn.duban.api.Assignment;
import cn.duban.api.TaskTarget;
import cn.duban.command.shared.InputCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static cn.duban.command.support.Refusals.fieldsAtFault;
import static cn.duban.command.support.Targets.count;
import static cn.duban.command.support.Targets.milestone;
import static cn.duban.command.support.Targets.percent;
import static org.assertj.core.api.Assertions.assertThat;

class AssignmentRulesTest {

    private static Assignment assignment(String item, String organization, String weight, TaskTarget... targets) {
        return new Assignment(item, organization, List.of(targets), weight == null ? null : new BigDecimal(weight),
                null);
    }

    private static Set<String> faultsIn(Assignment... assignments) {
        return faultsIn(List.of(assignments));
    }

    private static Set<String> faultsIn(List<Assignment> assignments) {
        var check = new InputCheck();
        AssignmentRules.check(assignments, check);
        return fieldsAtFault(check);
    }

    @Test
    void assignments_of_items_to_organizations_with_weights_and_targets_are_well_formed() {
        assertThat(faultsIn(assignment("1", "jieshou", "0.5", count("stations", "3"), milestone("charter")),
                assignment("1", "linze", "0.5", count("stations", "2")),
                assignment("2", "jieshou", "1", percent("coverage", "95")))).isEmpty();
    }

    @Test
    void an_assignment_needs_a_plan_item_and_an_organization() {
        assertThat(faultsIn(assignment(" ", null, "1")))
                .containsExactly("assignments[0].itemCode", "assignments[0].organization");
    }

    @ParameterizedTest(name = "weight {0}")
    @ValueSource(strings = {"0", "-0.5"})
    void an_assignment_weight_must_be_greater_than_zero(String weight) {
        assertThat(faultsIn(assignment("1", "jieshou", weight))).containsExactly("assignments[0].weight");
    }

    @Test
    void an_assignment_needs_a_weight() {
        assertThat(faultsIn(assignment("1", "jieshou", null))).containsExactly("assignments[0].weight");
    }

    @Test
    void an_item_is_assigned_to_an_organization_once() {
        assertThat(faultsIn(assignment("1", "jieshou", "1"), assignment("1", "jieshou", "2")))
                .containsExactly("assignments[1]");
    }

    @Test
    void an_indicator_gets_one_target_per_assignment() {
        assertThat(faultsIn(assignment("1", "jieshou", "1", count("stations", "3"), count("stations", "4"))))
                .containsExactly("assignments[0].targets.stations");
    }

    @Test
    void a_target_may_not_be_negative() {
        assertThat(faultsIn(assignment("1", "jieshou", "1", count("stations", "-1"))))
                .containsExactly("assignments[0].targets.stations");
    }

    @Test
    void a_target_of_zero_is_accepted() {
        assertThat(faultsIn(assignment("1", "jieshou", "1", count("stations", "0")))).isEmpty();
    }

    @Test
    void a_target_needs_a_kind_and_a_comparator() {
        assertThat(faultsIn(assignment("1", "jieshou", "1", new TaskTarget("stations", null, null, BigDecimal.ONE))))
                .containsExactly("assignments[0].targets.stations.comparator", "assignments[0].targets.stations.kind");
    }

    private static List<Assignment> distinctAssignments(int count) {
        return IntStream.range(0, count).mapToObj(i -> assignment("1", "org-" + i, "1")).toList();
    }

    @Test
    void a_task_list_holds_at_most_2000_assignments() {
        assertThat(faultsIn(distinctAssignments(AssignmentRules.MAX_ASSIGNMENTS + 1))).containsExactly("assignments");
    }

    @Test
    void a_task_list_of_2000_assignments_is_accepted() {
        assertThat(faultsIn(distinctAssignments(AssignmentRules.MAX_ASSIGNMENTS))).isEmpty();
    }
}
