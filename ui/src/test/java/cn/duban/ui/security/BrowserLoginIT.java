package cn.duban.ui.security;

import cn.duban.ui.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser logs in on the Chinese login page, works with its session and the CSRF token, and logs out. */
class BrowserLoginIT extends PostgresIntegrationTest {

    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script\\b(?![^>]*\\ssrc=)[^>]*>(.*?)</script>",
            Pattern.DOTALL);

    @LocalServerPort
    int port;

    private CookieManager cookies;
    private HttpClient browser;

    @BeforeEach
    void freshBrowser() {
        cookies = new CookieManager();
        browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void the_login_page_is_chinese_and_every_answer_carries_the_security_headers() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("用户名", "密码", "登录");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page("/").statusCode()).as("pages need a login").isEqualTo(302);
        assertThat(get("/api/me").statusCode()).as("the API answers, it does not redirect").isEqualTo(401);
    }

    @Test
    void a_session_needs_the_csrf_token_for_every_change_and_ends_at_logout() throws Exception {
        assertThat(login("jieshou", "wrong").headers().firstValue("Location")).get().asString().contains("error");
        HttpResponse<String> loggedIn = login("jieshou", "demo");
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(get("/api/me").body()).contains("\"username\":\"jieshou\"");

        assertThat(post("/api/tasks/no-such-task/acknowledge", null).statusCode())
                .as("a change without the CSRF token is refused").isEqualTo(403);
        assertThat(post("/api/tasks/no-such-task/acknowledge", xsrfCookie()).statusCode())
                .as("with the token it reaches the API, which does not know the task").isEqualTo(404);

        HttpResponse<String> logout = send(HttpRequest.newBuilder(uri("/logout")).header("X-XSRF-TOKEN", xsrfCookie())
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logout.headers().firstValue("Location")).get().asString().endsWith("/login?logout");
        assertThat(get("/api/me").statusCode()).isEqualTo(401);

        HttpResponse<String> icon = get("/favicon.svg");
        assertThat(icon.statusCode()).as("the icon, logged out, for the login page").isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).get().asString().startsWith("image/svg+xml");
        assertThat(page("/login").body()).contains("href=\"/favicon.svg\"");
    }

    @Test
    void after_login_the_web_ui_is_served_at_every_client_route_with_the_csrf_cookie() throws Exception {
        login("office", "demo");
        HttpResponse<String> app = page("/");
        assertThat(app.statusCode()).isEqualTo(200);
        assertThat(app.body()).contains("<div id=\"root\">", "<script type=\"module\"");
        assertThat(app.body()).as("the legacy chunks for engines that run no module scripts")
                .containsPattern("<script nomodule [^>]*id=\"vite-legacy-entry\"");
        String policy = app.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self' 'sha256-");
        assertThat(policy.substring(0, policy.indexOf("style-src"))).doesNotContain("unsafe-inline");
        Matcher inline = INLINE_SCRIPT.matcher(app.body());
        while (inline.find()) {
            assertThat(policy).as("the CSP allows the page's inline script%n%s", inline.group(1))
                    .contains("'sha256-" + sha256(inline.group(1)) + "'");
        }
        assertThat(xsrfCookie()).as("the app sends changes with this cookie's token").isNotBlank();
        assertThat(page("/tasks/some-task").body()).as("a client-side route").contains("<div id=\"root\">");
        assertThat(page("/audit/events").body()).contains("<div id=\"root\">");

        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(app.body());
        assertThat(script.find()).isTrue();
        HttpResponse<String> asset = get(script.group(1));
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control")).as("hashed files are kept")
                .get().asString().contains("max-age=31536000");
        assertThat(app.headers().firstValue("Cache-Control")).as("the page naming them is not")
                .get().asString().contains("no-store");
        assertThat(app.body()).contains("href=\"/favicon.svg\"");
        HttpResponse<String> unknownApi = get("/api/no-such-thing");
        assertThat(unknownApi.statusCode()).as("the API is not the app's to answer").isEqualTo(404);
        assertThat(unknownApi.body()).doesNotContain("<div id=\"root\">");
    }

    @Test
    void a_client_sending_basic_credentials_gets_the_app_page_too_and_engine_paths_stay_unknown() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("office:demo".getBytes(
                StandardCharsets.UTF_8));
        HttpResponse<String> board = send(HttpRequest.newBuilder(uri("/board")).header("Authorization", basic).GET());
        assertThat(board.statusCode()).as("no session, no CSRF token: still the app").isEqualTo(200);
        assertThat(board.body()).contains("<div id=\"root\">");
        HttpResponse<String> engine = send(HttpRequest.newBuilder(uri("/engine-rest/engine"))
                .header("Authorization", basic).GET());
        assertThat(engine.statusCode()).isEqualTo(404);
        assertThat(engine.body()).doesNotContain("<div id=\"root\">");
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + pageToken("/login");
        return send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private String pageToken(String path) throws Exception {
        Matcher token = HIDDEN_TOKEN.matcher(get(path).body());
        assertThat(token.find()).as("a CSRF token in %s", path).isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    private static String sha256(String script) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(script.getBytes(StandardCharsets.UTF_8)));
    }

    private String xsrfCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    /** A page load, as a browser asks for it. */
    private HttpResponse<String> page(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml").GET());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, String csrfHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody());
        if (csrfHeader != null) {
            request.header("X-XSRF-TOKEN", csrfHeader);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
