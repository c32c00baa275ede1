package cn.duban.ui.security;

import cn.duban.ui.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workflow engine stays closed: neither Camunda's engine REST API nor its web apps are shipped, and their paths
 * answer 401 to strangers and 404 to every user, even an administrator trying to deploy a script.
 */
class EngineClosedIT extends PostgresIntegrationTest {

    private static final List<String> ENGINE_PATHS = List.of("/engine-rest/engine", "/engine-rest/process-definition",
            "/engine-rest/deployment", "/camunda/app/cockpit/default/", "/camunda/app/admin/default/",
            "/camunda/api/admin/auth/user/default");

    @Test
    void neither_the_engine_rest_api_nor_the_web_apps_are_on_the_classpath() {
        for (String name : List.of("org.camunda.bpm.engine.rest.impl.CamundaRestResources",
                "org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig",
                "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                "org.camunda.bpm.webapp.impl.security.auth.AuthenticationFilter")) {
            assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void engine_paths_answer_401_without_credentials() {
        for (String path : ENGINE_PATHS) {
            ResponseEntity<String> response = http.getForEntity(path, String.class);
            assertThat(response.getStatusCode().value()).as(path).isEqualTo(401);
            assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .as(path).isTrue();
        }
    }

    @Test
    void engine_paths_serve_nothing_to_logged_in_users() {
        for (String user : List.of("gy-dev-zone", "office", "admin")) {
            for (String path : ENGINE_PATHS) {
                assertThat(http.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode().value())
                        .as(user + " " + path).isEqualTo(404);
            }
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        long events = eventCount();
        ResponseEntity<String> deploy = http.withBasicAuth("admin", "demo").exchange("/engine-rest/deployment/create",
                HttpMethod.POST, new HttpEntity<>("{\"deployment-name\": \"x\"}", headers), String.class);
        assertThat(deploy.getStatusCode().value()).isEqualTo(404);
        assertThat(eventCount()).isEqualTo(events);
    }
}
