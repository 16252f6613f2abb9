package dev.allot.identity.web;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.platform.ProblemException;
import dev.allot.platform.WebSignInMethod;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Sign-in with the company's OpenID Connect provider (issue 15, ADR 36), on when {@code
 * allot.oidc.issuer-uri} is set: the provider's metadata read at start-up, "Sign in with ..." on the sign-in
 * page, and after the provider's answer the person as the directory knows them ({@link
 * Identity#companySignIn}), in a session like a password sign-in's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "allot.oidc.issuer-uri")
class CompanySignInConfiguration {

    /** The registration's id: its sign-in starts at /oauth2/authorization/company. */
    static final String REGISTRATION = "company";

    @Bean
    ClientRegistrationRepository companyProvider(@Value("${allot.oidc.issuer-uri}") String issuer,
            @Value("${allot.oidc.client-id}") String clientId, @Value("${allot.oidc.client-secret:}") String secret) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId(REGISTRATION)
                .clientId(clientId)
                .clientSecret(secret)
                .scope("openid", "profile", "email")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    WebSignInMethod companySignInMethod(Identity identity, SessionAuthenticationSupport sessions,
            @Value("${allot.oidc.role-claim:groups}") String roleClaim) {
        OidcUserService delegate = new OidcUserService();
        OAuth2UserService<OidcUserRequest, OidcUser> people = request -> {
            OidcUser signedIn = delegate.loadUser(request);
            List<String> groups = signedIn.getClaimAsStringList(roleClaim);
            try {
                CurrentUser user = identity.companySignIn(signedIn.getEmail(), signedIn.getFullName(),
                        groups == null ? List.of() : groups);
                return new CompanyUser(signedIn, user);
            } catch (ProblemException refused) {
                throw new OAuth2AuthenticationException(new OAuth2Error(refused.type(), refused.getMessage(), null),
                        refused.getMessage());
            }
        };
        SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();
        onwards.setDefaultTargetUrl("/");
        return http -> http.oauth2Login(login -> login
                .loginPage("/login")
                .userInfoEndpoint(endpoint -> endpoint.oidcUserService(people))
                .successHandler((request, response, authentication) -> {
                    // from here on the session holds the person, as after a password sign-in
                    CompanyUser company = (CompanyUser) authentication.getPrincipal();
                    save(sessions.authenticatedNow(company.user()), contexts, request, response);
                    onwards.onAuthenticationSuccess(request, response, authentication);
                })
                .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                        + (e instanceof OAuth2AuthenticationException oauth
                                && oauth.getError().getErrorCode().equals("company-sign-in-refused")
                                ? "/login?refused" : "/login?error"))));
    }

    private static void save(Authentication authentication, SecurityContextRepository contexts,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** The provider's person, with who they are here. */
    static final class CompanyUser extends DefaultOidcUser {

        private final CurrentUser user;

        CompanyUser(OidcUser signedIn, CurrentUser user) {
            super(signedIn.getAuthorities(), signedIn.getIdToken(), signedIn.getUserInfo());
            this.user = user;
        }

        CurrentUser user() {
            return user;
        }
    }
}
