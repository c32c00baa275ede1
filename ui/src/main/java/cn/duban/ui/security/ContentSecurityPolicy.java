package cn.duban.ui.security;

import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The content security policy of every answer. Scripts come only from Duban itself: files, and the few inline scripts
 * of the built {@code index.html}, each allowed by its SHA-256 hash, never by {@code 'unsafe-inline'}. Vite's legacy
 * plugin writes those (the module check, the loader of the legacy chunks for old Chromium engines, Safari 10's
 * nomodule fix) and documents their hashes; they are read from the page the server serves, so they cannot drift
 * from it, and the front end's compat test fails if any other inline script reaches the page.
 * <p>
 * Styles may be inline: antd computes its styles in the browser and injects them as {@code <style>} elements
 * (CSS-in-JS), and React, antd and ECharts set element styles. A nonce would need the page rendered per request and
 * covers neither; inline styles cannot run code.
 */
final class ContentSecurityPolicy {

    static final String PAGE = "static/index.html";

    /** A script element without a src attribute ({@code data-src} is no source), and its text. */
    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script\\b(?![^>]*\\ssrc=)[^>]*>(.*?)</script>", Pattern.DOTALL);

    private ContentSecurityPolicy() {
    }

    /** The policy for the page on the class path; without a built front end, no inline script is allowed. */
    static String forBuiltPage() {
        ClassPathResource page = new ClassPathResource(PAGE);
        if (!page.exists()) {
            return forPage("");
        }
        try (InputStream in = page.getInputStream()) {
            return forPage(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PAGE, e);
        }
    }

    static String forPage(String html) {
        String hashes = INLINE_SCRIPT.matcher(html).results()
                .map(script -> " 'sha256-" + sha256(script.group(1)) + "'")
                .distinct()
                .collect(Collectors.joining());
        return "default-src 'self'; script-src 'self'" + hashes + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
                + "base-uri 'self'; object-src 'none'";
    }

    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
