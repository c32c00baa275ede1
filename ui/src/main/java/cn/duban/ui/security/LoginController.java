package cn.duban.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;

/**
 * The browser's login page, in Chinese, served by the application itself (no script, so the content security policy
 * can forbid inline scripts). After login the browser lands in the web UI ({@code cn.duban.ui.web}).
 */
@Controller
class LoginController {

    private static final String PROVIDER = "/oauth2/authorization/" + LoginProperties.REGISTRATION;
    private static final String LOGGED_OUT = "<p class=\"notice\">已退出登录</p>";

    private final LoginProperties login;

    LoginController(LoginProperties login) {
        this.login = login;
    }

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean failed = request.getParameter("error") != null;
        boolean loggedOut = request.getParameter("logout") != null;
        if (login.oidc()) {
            if (!failed && !loggedOut) {
                response.sendRedirect(PROVIDER);
                return null;
            }
            // A failed login at the provider lands here too (?error): sending it straight back would loop.
            return page(failed ? "<p class=\"error\">统一身份认证登录失败</p>" : LOGGED_OUT,
                    "<p><a href=\"" + PROVIDER + "\">重新登录</a></p>");
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String notice = request.getParameter("locked") != null ? "<p class=\"error\">账户已锁定，请稍后再试</p>"
                : failed ? "<p class=\"error\">用户名或密码错误</p>" : loggedOut ? LOGGED_OUT : "";
        return page(notice, """
                <form method="post" action="/login">
                <label>用户名 <input name="username" autocomplete="username" required autofocus></label>
                <label>密码 <input name="password" type="password" autocomplete="current-password" required></label>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">登录</button></form>""".formatted(
                HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken())));
    }

    private static String page(String notice, String body) {
        return """
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>督办 · 登录</title>
                <link rel="stylesheet" href="/login.css"><link rel="icon" type="image/svg+xml" href="/favicon.svg"></head>
                <body><main><h1>督办</h1><p>督查交办单管理</p>%s
                %s</main></body></html>
                """.formatted(notice, body);
    }
}
