package cn.duban.ui.security;

import cn.duban.ui.problem.Problems;
import cn.duban.ui.problem.Unavailable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

import java.util.Map;

/**
 * Two ways in. API clients send credentials with every request (HTTP Basic, or a JWT bearer token with an identity
 * provider): stateless, no session cookie, so no CSRF token is needed. Browsers log in once (Duban's login page, or
 * the identity provider by OpenID Connect) and carry a session cookie: every change then needs the CSRF token from
 * the {@code XSRF-TOKEN} cookie. {@link LoginProperties} chooses. Both answer 401 and 403 as RFC 9457 problem details, and every
 * answer carries the security headers and a content security policy that allows only Duban's own scripts.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LoginProperties.class)
class SecurityConfiguration {

    /** Read once from the built page: its inline scripts' hashes do not change while the application runs. */
    private static final String CONTENT_SECURITY_POLICY = ContentSecurityPolicy.forBuiltPage();

    private static final String[] PUBLIC = {"/v3/api-docs", "/v3/api-docs/**", "/actuator/health",
            "/actuator/health/liveness", "/actuator/health/readiness", "/error",
            "/login", "/login.css", "/favicon.svg"};

    private static final AntPathRequestMatcher API = new AntPathRequestMatcher("/api/**");

    /**
     * Answered 401, not sent to the login page: the API, and the paths where Camunda's engine REST API and web apps
     * would be. Duban ships neither (EngineClosedIT), so an authenticated caller finds nothing there either.
     */
    private static final RequestMatcher NOT_PAGES = new OrRequestMatcher(API,
            new AntPathRequestMatcher("/engine-rest/**"), new AntPathRequestMatcher("/camunda/**"));

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /** Requests that carry credentials themselves: API clients, with HTTP Basic or a bearer token. */
    /** Checked once, before either filter chain is built. */
    SecurityConfiguration(LoginProperties login, Environment environment) {
        login.requireIdentityProvider(environment);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiClients(HttpSecurity http, Problems problems, LoginProperties login, TokenClaims claims)
            throws Exception {
        AuthenticationEntryPoint unauthorized = unauthorized(problems, !login.oidc());
        http.securityMatcher(new RequestHeaderRequestMatcher("Authorization"))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC).permitAll()
                        .anyRequest().authenticated());
        if (login.oidc()) {
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(unauthorized)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(token -> {
                        DubanUser user = claims.user(token.getClaims());
                        return UsernamePasswordAuthenticationToken.authenticated(user, token, user.getAuthorities());
                    })));
        } else {
            http.httpBasic(basic -> basic.realmName("duban").authenticationEntryPoint(unauthorized));
        }
        http
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN,
                                "无权执行此操作 (not allowed)")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** Browsers: a session after the login page or the identity provider, CSRF protection on every change. */
    @Bean
    @Order(2)
    SecurityFilterChain browsers(HttpSecurity http, Problems problems, LoginProperties login, TokenClaims claims)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC).permitAll()
                .anyRequest().authenticated());
        if (login.oidc()) {
            OidcUserService provider = new OidcUserService();
            http.oauth2Login(oidc -> oidc.loginPage("/login").defaultSuccessUrl("/", false)
                    .userInfoEndpoint(info -> info.oidcUserService(request -> {
                        OidcUser user = provider.loadUser(request);
                        return new DubanOidcUser(user, claims.user(user.getClaims()));
                    })));
        } else {
            http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                    .failureHandler(loginFailure()).permitAll());
        }
        http.logout(logout -> logout.logoutRequestMatcher(new AntPathRequestMatcher("/logout", "POST"))
                        .logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(unauthorized(problems, false), NOT_PAGES)
                        .accessDeniedHandler((request, response, e) -> {
                            // The CSRF check runs before anyone is known: a change sent without any login is
                            // answered as docs/API.md says, 401, not as a forged request.
                            if (NOT_PAGES.matches(request) && !loggedIn()) {
                                unauthorized(problems, false).commence(request, response, null);
                            } else {
                                problems.write(response, HttpStatus.FORBIDDEN,
                                        "无权执行此操作，或页面已过期请刷新 (not allowed, or the CSRF token is missing)");
                            }
                        }))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    private static boolean loggedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && !TRUST.isAnonymous(authentication) && authentication.isAuthenticated();
    }

    /**
     * The firewall's refusal of a path it will not route (traversal such as {@code ..%2f}, an encoded slash or
     * backslash, {@code ;jsessionid}, a control character) is a 400 problem detail like any other bad input, and
     * names no internals. Spring Security's {@code WebSecurity} takes this bean for its filter chain proxy.
     */
    @Bean
    RequestRejectedHandler requestRejected(Problems problems) {
        return (request, response, e) -> problems.write(response, HttpStatus.BAD_REQUEST,
                "请求地址不被接受 (request rejected: the address holds characters or segments that are not allowed)");
    }

    /** Duban's own accounts, with passwords bcrypt accepted remembered for a few minutes ({@link RememberedCredentials}). */
    @Bean
    RememberedCredentials accountLogins(UserAccounts accounts, PasswordEncoder passwords) {
        return new RememberedCredentials(accounts, passwords);
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

    /**
     * A locked account is told so (等保 2.0 wants the user to know why and for how long the door is shut); every
     * other refusal answers alike, so the answer never says whether the name or the password was wrong.
     */
    private static AuthenticationEntryPoint unauthorized(Problems problems, boolean basicChallenge) {
        return (request, response, e) -> {
            if (e != null && Unavailable.explains(e)) {
                // the accounts could not be read: not the caller's fault, and no reason to ask for credentials again
                problems.writeUnavailable(response);
                return;
            }
            if (basicChallenge) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"duban\"");
            }
            problems.write(response, HttpStatus.UNAUTHORIZED, e instanceof LockedException ? LOCKED
                    : "请先登录 (authentication required)");
        };
    }

    static final String LOCKED = "账户已锁定，请稍后再试 (account locked after repeated failed logins, try again later)";

    /** The login page says "locked" for a locked account and "wrong user name or password" for anything else. */
    private static ExceptionMappingAuthenticationFailureHandler loginFailure() {
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        return failure;
    }
}
