package cn.duban.workflows;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision table Decision_SuggestScore: one test per rule, then the edges between rules. */
class SuggestScoreTest extends AbstractProcessTest {

    @Test
    void complete_and_on_time_suggests_95() {
        assertSuggests(1.0, 0, "Rule_CompleteOnTime", 95);
    }

    @Test
    void complete_and_late_within_a_week_suggests_85() {
        assertSuggests(1.0, 4, "Rule_CompleteWithinAWeek", 85);
    }

    @Test
    void complete_and_later_than_a_week_suggests_75() {
        assertSuggests(1.0, 30, "Rule_CompleteLate", 75);
    }

    @Test
    void mostly_complete_suggests_65_however_late() {
        assertSuggests(0.9, 30, "Rule_MostlyComplete", 65);
    }

    @Test
    void half_complete_suggests_55() {
        assertSuggests(0.6, 0, "Rule_HalfComplete", 55);
    }

    @Test
    void little_complete_suggests_40() {
        assertSuggests(0.2, 0, "Rule_LittleComplete", 40);
    }

    @Test
    void a_week_late_is_still_within_a_week() {
        assertSuggests(1.0, 7, "Rule_CompleteWithinAWeek", 85);
    }

    @Test
    void eight_days_late_is_late() {
        assertSuggests(1.0, 8, "Rule_CompleteLate", 75);
    }

    @Test
    void one_day_late_is_no_longer_on_time() {
        assertSuggests(1.0, 1, "Rule_CompleteWithinAWeek", 85);
    }

    @Test
    void eighty_percent_is_mostly_complete() {
        assertSuggests(0.8, 0, "Rule_MostlyComplete", 65);
    }

    @Test
    void just_under_eighty_percent_is_half_complete() {
        assertSuggests(0.7999, 0, "Rule_HalfComplete", 55);
    }

    @Test
    void fifty_percent_is_half_complete() {
        assertSuggests(0.5, 0, "Rule_HalfComplete", 55);
    }

    @Test
    void just_under_fifty_percent_is_little_complete() {
        assertSuggests(0.4999, 0, "Rule_LittleComplete", 40);
    }

    @Test
    void nothing_done_is_little_complete() {
        assertSuggests(0.0, 0, "Rule_LittleComplete", 40);
    }

    private void assertSuggests(double completion, int daysLate, String rule, int score) {
        DmnDecisionTableResult result = processEngine.getDecisionService()
                .evaluateDecisionTableByKey("Decision_SuggestScore", Variables.createVariables()
                        .putValue(ProcessVariables.COMPLETION, completion)
                        .putValue(ProcessVariables.DAYS_LATE, daysLate));

        assertThat((Object) result.getSingleResult().getSingleEntry()).isEqualTo(score);
        HistoricDecisionInstance evaluation = processEngine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey("Decision_SuggestScore").includeOutputs().singleResult();
        assertThat(evaluation.getOutputs()).singleElement()
                .satisfies(output -> assertThat(output.getRuleId()).isEqualTo(rule));
    }
}
