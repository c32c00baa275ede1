package cn.duban.ui;

import cn.duban.DubanApplication;
import cn.duban.api.Role;
import cn.duban.audit.Pem;
import cn.duban.audit.SignatureAlgorithm;
import cn.duban.ui.security.UserAccounts;
import cn.duban.ui.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production profile: logins only through an identity provider (a mock OpenID Connect server from Maven Central,
 * no Docker), roles and organization from the token's claims, no demo users, and refusal to start while a default
 * password would work or no identity provider is configured.
 */
class ProductionProfileIT {

    private static final String ISSUER_ID = "duban";
    private static MockOAuth2Server identityProvider;
    /** The checkpoint key pair, made by the operator beforehand: production never makes up its own. */
    private static Path keys;

    @BeforeAll
    static void startIdentityProvider() throws Exception {
        identityProvider = new MockOAuth2Server();
        identityProvider.start();
        keys = Files.createTempDirectory("duban-keys");
        Pem.write(SignatureAlgorithm.ED25519.generate(), keys.resolve("signing.pem"), keys.resolve("signing.pub.pem"));
    }

    @AfterAll
    static void stopIdentityProvider() {
        identityProvider.shutdown();
    }

    @Test
    void production_starts_without_demo_users_and_maps_bearer_tokens_to_roles_and_organization() throws Exception {
        try (ConfigurableApplicationContext production = start(TestDatabase.fresh("duban_it_prod"), true)) {
            JdbcTemplate jdbc = production.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Integer.class)).isZero();

            String unit = token("zhang.san", Map.of("roles", List.of("UNIT", "manager"), "organization", "jieshou"));
            HttpResponse<String> me = bearer(production, "/api/me", unit);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"username\":\"zhang.san\"", "\"roles\":[\"UNIT\"]",
                    "\"organization\":\"jieshou\"");
            assertThat(bearer(production, "/api/task-lists", unit).statusCode()).isEqualTo(403);
            assertThat(bearer(production, "/api/task-lists", token("li.si", Map.of("roles", List.of("OFFICE"))))
                    .statusCode()).isEqualTo(200);
            assertThat(bearer(production, "/api/me", unit.substring(0, unit.length() - 4) + "AAAA").statusCode())
                    .as("a token whose signature does not verify").isEqualTo(401);
            assertThat(loginRecords(jdbc)).as("a token authenticates each call: one login record per user and hour")
                    .containsExactlyInAnyOrder("UserLoggedIn zhang.san BEARER null", "UserLoggedIn li.si BEARER null",
                            "LoginFailed null BEARER INVALID_TOKEN");
            // An account whose password would let office:demo in, were passwords accepted at all.
            production.getBean(UserAccounts.class).create("office", "demo", null, Set.of(Role.OFFICE));
            assertThat(basic(production, "/api/me").statusCode()).as("no Duban passwords in production")
                    .isEqualTo(401);
        }
    }

    @Test
    void a_browser_logs_in_at_the_identity_provider() throws Exception {
        try (ConfigurableApplicationContext production = start(TestDatabase.fresh("duban_it_prod"), true)) {
            identityProvider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "wang.wu",
                    JOSEObjectType.JWT.getType(), List.of("duban"),
                    Map.of("roles", List.of("OFFICE"), "preferred_username", "wang.wu"), 3600));
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();

            URI next = URI.create(url(production, "/login"));
            for (int hop = 0; hop < 6 && next != null; hop++) {
                HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(next)
                        .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
                next = answer.headers().firstValue("Location").map(next::resolve).orElse(null);
                if (next != null && next.getPath().equals("/")) {
                    break;
                }
            }
            HttpResponse<String> me = browser.send(HttpRequest.newBuilder(URI.create(url(production, "/api/me")))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.body()).contains("\"username\":\"wang.wu\"", "\"roles\":[\"OFFICE\"]");
            assertThat(loginRecords(production.getBean(JdbcTemplate.class)))
                    .containsExactly("UserLoggedIn wang.wu OIDC null");

            HttpResponse<String> failed = browser.send(HttpRequest.newBuilder(URI.create(url(production,
                    "/login?error"))).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(failed.statusCode()).as("a failed provider login is shown, not sent back to the provider")
                    .isEqualTo(200);
            assertThat(failed.body()).contains("统一身份认证登录失败", "/oauth2/authorization/duban")
                    .doesNotContain("type=\"password\"");
        }
    }

    @Test
    void production_refuses_to_start_without_an_identity_provider() {
        assertThatThrownBy(() -> start(TestDatabase.fresh("duban_it_prod"), false))
                .hasStackTraceContaining("without an identity provider");
    }

    @Test
    void production_refuses_to_start_without_its_checkpoint_signing_key() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(DubanApplication.class).profiles("postgres", "prod")
                .run(Stream.concat(Arrays.stream(arguments(TestDatabase.fresh("duban_it_prod"), true)),
                        Stream.of("--duban.history.signing-key=" + keys.resolve("absent.pem")))
                        .toArray(String[]::new)))
                .hasStackTraceContaining("without its checkpoint signing key");
        assertThat(keys.resolve("absent.pem")).doesNotExist();
    }

    @Test
    void production_refuses_to_start_where_the_demo_passwords_would_work() {
        String url = TestDatabase.fresh("duban_it_prod_demo");
        new SpringApplicationBuilder(DubanApplication.class).profiles("postgres").run(arguments(url, false)).close();

        assertThatThrownBy(() -> start(url, true))
                .hasStackTraceContaining("refuses to start")
                .hasStackTraceContaining("office");
    }

    @Test
    void production_refuses_to_start_with_demo_data_switched_on() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(DubanApplication.class).profiles("postgres", "prod")
                .run(Stream.concat(Arrays.stream(arguments(TestDatabase.fresh("duban_it_prod"), true)),
                        Stream.of("--duban.demo.enabled=true")).toArray(String[]::new)))
                .hasStackTraceContaining("duban.demo.enabled=true");
    }

    private static ConfigurableApplicationContext start(String url, boolean withIdentityProvider) {
        return new SpringApplicationBuilder(DubanApplication.class).profiles("postgres", "prod")
                .run(arguments(url, withIdentityProvider));
    }

    private static String[] arguments(String url, boolean withIdentityProvider) {
        Stream<String> database = Stream.of("--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestDatabase.USER, "--camunda.bpm.job-execution.enabled=false",
                "--duban.history.signing-key=" + keys.resolve("signing.pem"),
                "--duban.history.public-key=" + keys.resolve("signing.pub.pem"),
                "--duban.history.checkpoint-directory=" + keys.resolve("checkpoints"));
        String issuer = identityProvider.issuerUrl(ISSUER_ID).toString();
        Stream<String> provider = withIdentityProvider ? Stream.of(
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                "--spring.security.oauth2.client.provider.duban.issuer-uri=" + issuer,
                "--spring.security.oauth2.client.registration.duban.client-id=duban",
                "--spring.security.oauth2.client.registration.duban.client-secret=not-a-real-secret",
                "--spring.security.oauth2.client.registration.duban.scope=openid,profile") : Stream.empty();
        return Stream.concat(database, provider).toArray(String[]::new);
    }

    private static String token(String subject, Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.put("preferred_username", subject);
        return identityProvider.issueToken(ISSUER_ID, subject, "duban", all, 3600).serialize();
    }

    private static HttpResponse<String> bearer(ConfigurableApplicationContext app, String path, String token)
            throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(app, path)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> basic(ConfigurableApplicationContext app, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(app, path)))
                .header("Authorization", "Basic b2ZmaWNlOmRlbW8=").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The login records in the store, as "type username method reason". */
    private static List<String> loginRecords(JdbcTemplate jdbc) {
        ObjectMapper json = new ObjectMapper();
        return jdbc.query("SELECT payload_type, payload FROM domain_event_entry WHERE payload_type IN "
                + "('cn.duban.api.UserLoggedIn', 'cn.duban.api.LoginFailed') ORDER BY global_index", (rs, row) -> {
                    try {
                        JsonNode payload = json.readTree(rs.getBytes("payload"));
                        return rs.getString("payload_type").substring("cn.duban.api.".length()) + " "
                                + payload.path("username").asText(null) + " " + payload.path("method").asText(null)
                                + " " + payload.path("reason").asText(null);
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static String url(ConfigurableApplicationContext app, String path) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path;
    }
}
