package cn.duban.query.rebuild;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableSnapshotTest {

    @Test
    void the_same_rows_in_another_order_give_the_same_digest() {
        assertThat(TableSnapshot.digest("t", List.of(row("a", "1"), row("b", "2"), row(null, "3"))))
                .isEqualTo(TableSnapshot.digest("t", List.of(row(null, "3"), row("b", "2"), row("a", "1"))));
    }

    @Test
    void a_changed_value_a_missing_row_or_a_duplicated_row_changes_the_digest() {
        String original = TableSnapshot.digest("t", List.of(row("a", "1"), row("b", "2")));
        assertThat(TableSnapshot.digest("t", List.of(row("a", "1"), row("b", "3")))).isNotEqualTo(original);
        assertThat(TableSnapshot.digest("t", List.of(row("a", "1")))).isNotEqualTo(original);
        assertThat(TableSnapshot.digest("t", List.of(row("a", "1"), row("b", "2"), row("b", "2"))))
                .isNotEqualTo(original);
    }

    @Test
    void values_cannot_run_into_each_other_and_null_is_not_the_text_null() {
        assertThat(TableSnapshot.digest("t", List.<List<String>>of(row("ab", "c"))))
                .isNotEqualTo(TableSnapshot.digest("t", List.<List<String>>of(row("a", "bc"))));
        assertThat(TableSnapshot.digest("t", List.<List<String>>of(row(null, "x"))))
                .isNotEqualTo(TableSnapshot.digest("t", List.<List<String>>of(row("null", "x"))));
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }
}
