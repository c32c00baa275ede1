package cn.duban.ui.security;

import cn.duban.ui.problem.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Two ways in. API clients send HTTP Basic credentials with every request: stateless, no session cookie, so no CSRF
 * token is needed. Browsers log in once on Duban's own login page and carry a session cookie: every change then needs
 * the CSRF token from the {@code XSRF-TOKEN} cookie. Both answer 401 and 403 as RFC 9457 problem details, and every
 * answer carries the security headers and a content security policy that allows only Duban's own scripts.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'self'; object-src 'none'";

    private static final String[] PUBLIC = {"/v3/api-docs", "/v3/api-docs/**", "/actuator/health", "/error",
            "/login", "/login.css"};

    /** Requests that carry credentials themselves: API clients. */
    @Bean
    @Order(1)
    SecurityFilterChain apiClients(HttpSecurity http, Problems problems) throws Exception {
        AuthenticationEntryPoint unauthorized = unauthorized(problems, true);
        http.securityMatcher(new RequestHeaderRequestMatcher("Authorization"))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("duban").authenticationEntryPoint(unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN,
                                "无权执行此操作 (not allowed)")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** Browsers: a session after the login page, CSRF protection on every change. */
    @Bean
    @Order(2)
    SecurityFilterChain browsers(HttpSecurity http, Problems problems) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC).permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutRequestMatcher(new AntPathRequestMatcher("/logout", "POST"))
                        .logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(unauthorized(problems, false),
                                new AntPathRequestMatcher("/api/**"))
                        .accessDeniedHandler((request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN,
                                "无权执行此操作，或页面已过期请刷新 (not allowed, or the CSRF token is missing)")))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** Delegating encoder: bcrypt today, with the algorithm named in each hash so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }

    private static AuthenticationEntryPoint unauthorized(Problems problems, boolean basicChallenge) {
        return (request, response, e) -> {
            if (basicChallenge) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"duban\"");
            }
            problems.write(response, HttpStatus.UNAUTHORIZED, "请先登录 (authentication required)");
        };
    }
}
