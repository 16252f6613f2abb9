package dev.allot.platform.internal;

import dev.allot.platform.ApiTokenAuthenticator;
import dev.allot.platform.DeviceCookie;
import dev.allot.platform.SignInClient;
import dev.allot.platform.SignInDevices;
import dev.allot.platform.PrincipalRefresher;
import dev.allot.platform.WebSignInMethod;
import org.springframework.beans.factory.ObjectProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Three filter chains: the stateless API under {@code /api/**} with bearer tokens, resource photos
 * for both kinds of client, and the web application with form sign-in and sessions (plus API docs
 * and health). Roles form a hierarchy, so ADMIN may do what MEMBER may, and MEMBER what
 * VIEWER may.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenAuthenticator authenticator, ProblemResponses problems)
            throws Exception {
        stateless(http.securityMatcher("/api/**"), authenticator, problems, "Your role does not allow this")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/register", "/api/v1/auth/token").permitAll()
                        // Telegram's webhook (the bot's module checks the secret Telegram sends back)
                        .requestMatchers(HttpMethod.POST, "/api/v1/telegram/webhook").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    /**
     * What the API and the actuator share: no session, no CSRF, no form or basic sign-in, a bearer
     * token or nothing, API headers, and 401 and 403 as problem details ({@code denied} the 403's detail).
     */
    private static HttpSecurity stateless(HttpSecurity http, ApiTokenAuthenticator authenticator,
            ProblemResponses problems, String denied) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(authenticator, problems), AnonymousAuthenticationFilter.class)
                .headers(headers -> commonHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized(problems))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                ProblemResponses.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", denied))));
    }

    /**
     * Resource photos, whose addresses ({@code photoUrl}) both pages and API clients follow: a
     * browser's session or a bearer token signs the request in. Anonymous requests get the API's
     * 401 problem (an image asked for is not answered with a sign-in page), except a browser that
     * navigates to the address and asks for HTML, which is sent to the sign-in page as elsewhere.
     * No session is made here.
     */
    @Bean
    @Order(2)
    SecurityFilterChain photoChain(HttpSecurity http, ApiTokenAuthenticator authenticator, ProblemResponses problems,
            PrincipalRefresher refresher) throws Exception {
        AuthenticationEntryPoint unauthorized = unauthorized(problems);
        AuthenticationEntryPoint signIn = signInPage();
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.securityMatcher("/resources/*/photo")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                // The session's person is re-read first, as on every page; a bearer token then wins if sent.
                .addFilterBefore(new PrincipalRefreshFilter(refresher), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(authenticator, problems), AnonymousAuthenticationFilter.class)
                .headers(headers -> commonHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP)))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, e) ->
                        (html.matches(request) ? signIn : unauthorized).commence(request, response, e)));
        return http.build();
    }

    /**
     * Actuator: health and info for anyone (load balancers, uptime checks); metrics and anything else
     * exposed only with a bearer token, either the scrape token set in {@code allot.metrics.scrape-token}
     * (what Prometheus sends: {@code authorization: {credentials: ...}}) or an admin's API token.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorChain(HttpSecurity http, ApiTokenAuthenticator authenticator,
            ProblemResponses problems, @Value("${allot.metrics.scrape-token:}") String scrapeToken) throws Exception {
        byte[] expected = scrapeToken.getBytes(StandardCharsets.UTF_8);
        ApiTokenAuthenticator scrapeOrApi = token -> !scrapeToken.isEmpty()
                && MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8))
                        ? Optional.of(UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
                                List.of(new SimpleGrantedAuthority(METRICS_AUTHORITY))))
                        : authenticator.authenticate(token);
        stateless(http.securityMatcher("/actuator/**"), scrapeOrApi, problems,
                        "Metrics are for the scrape token or an admin")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasAnyAuthority(METRICS_AUTHORITY, "ROLE_ADMIN"));
        return http.build();
    }

    private static final String METRICS_AUTHORITY = "METRICS";

    /** The API's answer to a request without a token: 401 problem+json, with the way to get one. */
    private static AuthenticationEntryPoint unauthorized(ProblemResponses problems) {
        return (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problems.write(request, response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED,
                    "unauthorized", "Unauthorized",
                    "Sign in: send 'Authorization: Bearer <token>' from POST /api/v1/auth/token"));
        };
    }

    /**
     * The web application: form sign-in with a session, CSRF on every form (htmx sends the token as a
     * header), admin pages for admins only.
     */
    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http, PrincipalRefresher refresher, SignInDevices devices,
            ObjectProvider<WebSignInMethod> otherSignIns) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler toWhereTheyWereGoing = new SavedRequestAwareAuthenticationSuccessHandler();
        toWhereTheyWereGoing.setDefaultTargetUrl("/");
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/error", "/login", "/signup", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .authenticationDetailsSource(SignInClient::of)
                        // The browser is known from now on: its cookie lets its person past an address's flood of failures.
                        .successHandler((request, response, authentication) -> {
                            DeviceCookie.write(request, response,
                                    devices.remember(authentication, DeviceCookie.read(request)));
                            toWhereTheyWereGoing.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof org.springframework.security.authentication.LockedException
                                        ? "/login?throttled" : "/login?error"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                // The sign-in page as a relative address: the Host header a request brings must not decide
                // where a browser is sent (server.tomcat.use-relative-redirects does the same for the rest).
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInPage()))
                .addFilterBefore(new PrincipalRefreshFilter(refresher), AnonymousAuthenticationFilter.class)
                .headers(headers -> commonHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob: https:; style-src 'self' 'unsafe-inline'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        for (WebSignInMethod method : otherSignIns) {
            method.configure(http);
        }
        return http.build();
    }

    /** Nothing in an API answer is to be run or framed by a browser. */
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    /**
     * For every answer: no Referer to other sites (addresses may hold an event's invitation token),
     * and none of the browser features Allot does not use.
     */
    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=()"));
    }

    private static LoginUrlAuthenticationEntryPoint signInPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /**
     * No Spring Security observations (a timer around every filter of the chain, authentication and
     * authorization, on every request): in the B1 profile they were about 5 % of the CPU of a booking
     * request (docs/performance.md). Requests stay observed as a whole by Spring MVC
     * (http.server.requests).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_MEMBER
                ROLE_MEMBER > ROLE_VIEWER
                """);
    }

    /**
     * New hashes are Argon2id (no length limit on the password, unlike bcrypt's 72 bytes); bcrypt hashes
     * made before still verify, and are replaced on the next sign-in (ADR 28). At most a few hashes are
     * computed at once, so a burst of sign-ins queues instead of taking 16 MiB of memory each.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Semaphore permits = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));
        Map<String, PasswordEncoder> encoders = Map.of(
                "argon2", new BoundedPasswordEncoder(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), permits),
                "bcrypt", new BoundedPasswordEncoder(new BCryptPasswordEncoder(), permits));
        return new DelegatingPasswordEncoder("argon2", encoders);
    }
}
