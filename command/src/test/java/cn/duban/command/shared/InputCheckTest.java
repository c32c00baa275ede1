package cn.duban.command.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures, targets and weights stay within ±10^12 with at most 6 decimal places. */
class InputCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "95.5", "1000000000000", "0.000001", "12.3400000000", "1E+12"})
    void figures_within_the_bounds_are_accepted(String figure) {
        assertThat(new InputCheck().nonNegative(new BigDecimal(figure), "f").ok()).isTrue();
        assertThat(InputCheck.isBounded(new BigDecimal(figure))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "1e13", "1000000000000.5", "0.0000001", "1e-400", "1e999999999"})
    void figures_beyond_them_are_refused(String figure) {
        InputCheck check = new InputCheck().nonNegative(new BigDecimal(figure), "f");
        assertThat(check.ok()).isFalse();
        assertThat(new InputCheck().positive(new BigDecimal(figure), "f").ok()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1e400", "-1e13", "-1"})
    void negative_ones_are_refused_as_negative(String figure) {
        assertThat(new InputCheck().nonNegative(new BigDecimal(figure), "f").ok()).isFalse();
        assertThat(InputCheck.isBounded(new BigDecimal("-1e13"))).isFalse();
    }
}
