package cn.duban.ui.problem;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The HTTP converter's mapper: text checked in every string and key, duplicates named, no scalar coerced. */
class StrictRequestJsonTest {

    record Assignment(String organization, Map<String, BigDecimal> targets, Integer weight) {
    }

    record Request(String title, String narrative, Boolean approved, List<Assignment> assignments,
                   Map<String, Object> data) {
    }

    private final ObjectMapper strict = StrictRequestJson.strict(new ObjectMapper());

    @Test
    void a_well_formed_request_reads_as_before() throws Exception {
        Request read = strict.readValue("""
                {"title": "督交〔2018〕9号", "narrative": "第一行\\n\\t第二行", "approved": true,
                 "assignments": [{"organization": "jieshou", "targets": {"love_stations": 12}, "weight": 1}],
                 "data": {"figures.x": "3"}}""", Request.class);
        assertThat(read.assignments().get(0).targets()).containsEntry("love_stations", new BigDecimal("12"));
        assertThat(read.narrative()).isEqualTo("第一行\n\t第二行");
    }

    @Test
    void a_nul_in_a_nested_string_is_refused_naming_its_path() {
        assertRefused("{\"assignments\": [{\"organization\": \"a\\u0000\"}]}", "assignments[0].organization");
        assertRefused("{\"title\": \"\\u0007\"}", "title");
        assertRefused("{\"data\": {\"list\": [\"ok\", \"\\u0000\"]}}", "data.list[1]");
    }

    @Test
    void a_control_character_in_a_map_key_is_refused_naming_the_key() {
        assertRefused("{\"assignments\": [{\"targets\": {\"love\\u0000stations\": 1}}]}",
                "assignments[0].targets.love\u0000stations");
    }

    @Test
    void line_breaks_are_free_text_only() {
        assertRefused("{\"title\": \"a\\nb\"}", "title");
        assertRefused("{\"narrative\": \"a\\u0000b\"}", "narrative");
    }

    @Test
    void a_lone_surrogate_is_refused_even_in_free_text() {
        assertRefused("{\"narrative\": \"\\ud83d\"}", "narrative");
        assertRefused("{\"data\": {\"\\ude00\": 1}}", "data.\ude00");
    }

    @Test
    void text_is_checked_in_trees_and_in_fields_that_are_skipped() {
        assertThatThrownBy(() -> strict.readValue("{\"a\": [{\"b\": \"\\u0000\"}]}", JsonNode.class))
                .isInstanceOf(RefusedTextException.class).hasMessageStartingWith("a[0].b:");
        assertThat(refusal(() -> strict.readerFor(Request.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue("{\"ignored\": {\"deep\": \"\\u0000\"}}")).field()).isEqualTo("ignored.deep");
    }

    @Test
    void a_duplicate_key_is_refused_naming_it() {
        assertRefused("{\"title\": \"a\", \"title\": \"b\"}", "title");
        assertRefused("{\"assignments\": [{\"targets\": {\"x\": 1, \"x\": 2}}]}", "assignments[0].targets.x");
        assertRefused("{\"data\": {\"k\": 1, \"k\": 1}}", "data.k");
    }

    @Test
    void scalars_are_not_coerced() {
        assertWrongType("{\"assignments\": [{\"targets\": {\"x\": \"12\"}}]}");
        assertWrongType("{\"assignments\": [{\"targets\": {\"x\": true}}]}");
        assertWrongType("{\"assignments\": [{\"weight\": 1.5}]}");
        assertWrongType("{\"assignments\": [{\"weight\": \"1\"}]}");
        assertWrongType("{\"assignments\": [{\"weight\": 1e400}]}");
        assertWrongType("{\"approved\": \"yes\"}");
        assertWrongType("{\"approved\": 1}");
        assertWrongType("{\"title\": 12}");
        assertWrongType("{\"title\": true}");
    }

    private void assertRefused(String json, String field) {
        assertThat(refusal(() -> strict.readValue(json, Request.class)).field()).as(json).isEqualTo(field);
    }

    /** The refusal itself, or wrapped with its path by a deserializer: the HTTP advice looks at the deepest cause. */
    private static RefusedTextException refusal(ThrowingCallable read) {
        Throwable thrown = catchThrowable(read);
        for (Throwable at = thrown; at != null; at = at.getCause()) {
            if (at instanceof RefusedTextException refused) {
                return refused;
            }
        }
        throw new AssertionError("not refused for its text: " + thrown);
    }

    private void assertWrongType(String json) {
        assertThatThrownBy(() -> strict.readValue(json, Request.class)).as(json)
                .isInstanceOf(MismatchedInputException.class);
    }
}
