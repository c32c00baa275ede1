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

    private final LoginProperties login;

    LoginController(LoginProperties login) {
        this.login = login;
    }

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (login.oidc() && request.getParameter("logout") == null) {
            response.sendRedirect("/oauth2/authorization/" + LoginProperties.REGISTRATION);
            return null;
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String notice = request.getParameter("error") != null ? "<p class=\"error\">用户名或密码错误</p>"
                : request.getParameter("logout") != null ? "<p class=\"notice\">已退出登录</p>" : "";
        return """
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>督办 · 登录</title>
                <link rel="stylesheet" href="/login.css"></head>
                <body><main><h1>督办</h1><p>督查交办单管理</p>%s
                <form method="post" action="/login">
                <label>用户名 <input name="username" autocomplete="username" required autofocus></label>
                <label>密码 <input name="password" type="password" autocomplete="current-password" required></label>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">登录</button></form></main></body></html>
                """.formatted(notice, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
