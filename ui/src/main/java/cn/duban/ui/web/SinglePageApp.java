package cn.duban.ui.web;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the single-page app's {@code index.html} at {@code /} and at its client-side routes ({@code /tasks/42},
 * {@code /board}), so a reload or a bookmark lands in the app. Paths of the API, of files (with a dot) and of the
 * server's own pages are left alone, so an unknown {@code /api/...} path still answers 404 as a problem.
 */
@Controller
class SinglePageApp {

    private static final String NOT_SERVER_PATH =
            "(?!(?:api|assets|login|logout|error|actuator|v3|swagger-ui|oauth2)$)[^.]+";

    /**
     * The app sends changes with the token of the {@code XSRF-TOKEN} cookie. Spring Security writes that cookie
     * only once the request's deferred token is read, so the page that starts the app reads it.
     */
    @GetMapping({"/", "/{page:" + NOT_SERVER_PATH + "}", "/{page:" + NOT_SERVER_PATH + "}/**"})
    String app(CsrfToken csrf) {
        csrf.getToken();
        return "forward:/index.html";
    }
}
