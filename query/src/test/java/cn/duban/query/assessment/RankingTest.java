package cn.duban.query.assessment;

import cn.duban.query.ATask;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest {

    private static final Map<String, String> NAMES = Map.of("a", "甲", "b", "乙", "c", "丙", "d", "丁", "e", "戊");

    @Test
    void organizations_rank_by_weighted_mean_and_equal_scores_share_a_rank() {
        List<RankedOrganization> ranking = Ranking.of(List.of(
                // a: (90 * 3 + 60 * 1) / 4 = 82.5
                ATask.of("a1", "a").score(90, "3").build(), ATask.of("a2", "a").score(60, "1").build(),
                // b: (80 * 1 + 85 * 1) / 2 = 82.5, ties with a
                ATask.of("b1", "b").score(80, "1").build(), ATask.of("b2", "b").score(85, "1").build(),
                // c: 95, d: 70 with an unassessed task that does not count, e: nothing assessed, not ranked
                ATask.of("c1", "c").score(95, "0.5").build(),
                ATask.of("d1", "d").score(70, "1").build(), ATask.of("d2", "d").weight("5").build(),
                ATask.of("e1", "e").build()), NAMES::get);

        assertThat(ranking).containsExactly(
                new RankedOrganization(1, "c", "丙", new BigDecimal("95.00")),
                new RankedOrganization(2, "a", "甲", new BigDecimal("82.50")),
                new RankedOrganization(2, "b", "乙", new BigDecimal("82.50")),
                new RankedOrganization(4, "d", "丁", new BigDecimal("70.00")));
    }

    @Test
    void a_weighted_mean_is_rounded_to_two_decimals() {
        // (91 + 90 + 90) / 3 = 90.333...
        assertThat(WeightedScore.of(List.of(ATask.of("a1", "a").score(91, "1").build(),
                ATask.of("a2", "a").score(90, "1").build(), ATask.of("a3", "a").score(90, "1").build())))
                .contains(new BigDecimal("90.33"));
    }
}
