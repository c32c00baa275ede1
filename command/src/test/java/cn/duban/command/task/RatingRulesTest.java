package cn.duban.command.task;

import cn.duban.api.Rating;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RatingRulesTest {

    @ParameterizedTest(name = "score {0}: {1}")
    @CsvSource({
            "100, EXCELLENT",
            "90,  EXCELLENT",
            "89,  GOOD",
            "80,  GOOD",
            "79,  PASS",
            "60,  PASS",
            "59,  FAIL",
            "0,   FAIL",
    })
    void the_rating_goes_with_the_score_90_excellent_80_good_60_pass(int score, Rating rating) {
        assertThat(RatingRules.rate(score)).isEqualTo(rating);
    }
}
