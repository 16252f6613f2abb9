package dev.allot.identity.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code allot.oidc}: sign-in with the company's OpenID Connect provider (ADR 36). Off unless
 * {@code issuer-uri} is set. People are matched by email; {@code create-people} lets one who is not in
 * the directory yet come in as a member; when any of the group lists is set, the role follows the
 * {@code role-claim} (ADMIN before MEMBER before VIEWER), and a person in none keeps their role.
 */
@ConfigurationProperties("allot.oidc")
record CompanySignInProperties(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret,
        @DefaultValue("company account") String name, @DefaultValue("false") boolean createPeople,
        @DefaultValue("groups") String roleClaim, @DefaultValue List<String> adminGroups,
        @DefaultValue List<String> memberGroups, @DefaultValue List<String> viewerGroups) {

    boolean rolesFollowGroups() {
        return !adminGroups.isEmpty() || !memberGroups.isEmpty() || !viewerGroups.isEmpty();
    }
}
