package cn.duban.ui.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextRuleTest {

    @Test
    void plain_chinese_english_and_paired_surrogates_are_accepted() {
        assertThat(TextRule.fault("督交〔2018〕9号 love stations 😀 𠀀", false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0001b", "\u001b[31m", "\u007f", "\u0085", "\u009f"})
    void control_characters_are_refused_everywhere(String text) {
        assertThat(TextRule.fault(text, false)).hasValueSatisfying(fault -> assertThat(fault).contains("控制字符"));
        assertThat(TextRule.fault(text, true)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t", "\n", "\r\n"})
    void tab_and_line_breaks_are_free_texts_only(String text) {
        assertThat(TextRule.fault("第一行" + text + "第二行", true)).isEmpty();
        assertThat(TextRule.fault("第一行" + text + "第二行", false)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud83d", "\ude00", "a\ude00\ud83d", "x\ud83d"})
    void unpaired_surrogates_are_refused(String text) {
        assertThat(TextRule.fault(text, true)).hasValueSatisfying(fault -> assertThat(fault).contains("代理字符"));
    }

    @Test
    void the_fault_names_where_the_character_is_and_which_it_is() {
        assertThat(TextRule.fault("ab\u0000", false)).hasValue("第 2 个字符是控制字符 U+0000 (a control character at index 2)");
    }

    @Test
    void narratives_reasons_comments_and_messages_are_free_text_and_nothing_else_is() {
        assertThat(TextRule.FREE_TEXT).allMatch(TextRule::isFreeText);
        assertThat(TextRule.isFreeText("title")).isFalse();
        assertThat(TextRule.isFreeText("organization")).isFalse();
        assertThat(TextRule.isFreeText(null)).isFalse();
    }
}
