package cn.duban.ui.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSecurityPolicyTest {

    /** Safari 10's nomodule fix as Vite's legacy plugin 7 writes it, with the hash its README documents. */
    private static final String SAFARI_FIX = "!function(){var e=document,t=e.createElement(\"script\");if(!(\"noModule\"in t)"
            + "&&\"onbeforeload\"in t){var n=!1;e.addEventListener(\"beforeload\",(function(e){if(e.target===t)n=!0;"
            + "else if(!e.target.hasAttribute(\"nomodule\")||!n)return;e.preventDefault()}),!0),t.type=\"module\","
            + "t.src=\".\",e.head.appendChild(t),t.remove()}}();";

    @Test
    void a_page_without_inline_scripts_allows_only_scripts_from_duban_itself() {
        String policy = ContentSecurityPolicy.forPage("<script type=\"module\" crossorigin src=\"/assets/index-1.js\"></script>");

        assertThat(policy).contains("script-src 'self';").doesNotContain("sha256");
    }

    @Test
    void an_inline_script_is_allowed_by_the_hash_browsers_compute_of_its_text() {
        String policy = ContentSecurityPolicy.forPage("<body><script nomodule>" + SAFARI_FIX + "</script></body>");

        assertThat(policy).contains("script-src 'self' 'sha256-MS6/3FCg4WjP9gwgaBGwLpRCY6fZBgwmhVCdrPrNf3E=';");
    }

    @Test
    void a_script_that_names_its_file_in_data_src_is_still_inline() {
        String policy = ContentSecurityPolicy.forPage("<script nomodule id=\"vite-legacy-entry\" data-src=\"/a.js\">"
                + "System.import('/a.js')</script><script nomodule src=\"/p.js\"></script>");

        assertThat(policy).containsOnlyOnce("'sha256-");
    }

    @Test
    void inline_scripts_are_never_allowed_wholesale() {
        String policy = ContentSecurityPolicy.forPage("<script>" + SAFARI_FIX + "</script><script>" + SAFARI_FIX
                + "</script>");

        assertThat(policy).containsOnlyOnce("'sha256-").contains("style-src 'self' 'unsafe-inline'")
                .containsOnlyOnce("unsafe-inline");
    }
}
