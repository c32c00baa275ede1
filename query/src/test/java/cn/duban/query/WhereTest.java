package cn.duban.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WhereTest {

    @Test
    void a_filter_left_out_adds_nothing_and_one_given_adds_its_condition_and_value() {
        Where where = new Where().equal("status", null).equal("organization", "linze").when("x > ?", null);

        assertThat(where.sql()).isEqualTo(" WHERE 1 = 1 AND organization = ?");
        assertThat(where.args()).containsExactly("linze");
    }

    @Test
    void a_text_is_searched_anywhere_in_any_condition_without_its_like_wildcards() {
        Where where = new Where().holds(" 3%号_ ", "list_number LIKE ?", "title LIKE ?").holds("  ", "name LIKE ?");

        assertThat(where.sql()).isEqualTo(" WHERE 1 = 1 AND (list_number LIKE ? OR title LIKE ?)");
        assertThat(where.args(20, 40)).containsExactly("%3号%", "%3号%", 20, 40);
    }
}
