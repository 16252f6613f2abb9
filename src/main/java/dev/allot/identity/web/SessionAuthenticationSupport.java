package dev.allot.identity.web;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.platform.PrincipalRefresher;
import dev.allot.platform.SignInClient;
import dev.allot.platform.SignInDevices;
import org.jspecify.annotations.Nullable;
import dev.allot.platform.ProblemException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Browser sign-in with email and password (Spring Security picks up this provider), and the
 * per-request refresh that applies role changes and deactivation to open sessions, and ends a
 * session begun before the person's password changed (its {@link SessionStamp} is out of date).
 */
@Component
class SessionAuthenticationSupport implements org.springframework.security.authentication.AuthenticationProvider,
        PrincipalRefresher, SignInDevices {

    private final Identity identity;

    SessionAuthenticationSupport(Identity identity) {
        this.identity = identity;
    }

    /**
     * What a browser session remembers of its sign-in: the person's credentials version then. Kept in
     * the authentication's details, so it travels with the session, in memory or in the database.
     */
    record SessionStamp(int credentialsVersion) implements Serializable {}

    static Authentication authenticated(CurrentUser user, int credentialsVersion) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(user.role().authority())));
        token.setDetails(new SessionStamp(credentialsVersion));
        return token;
    }

    /** {@code user} signed in now, at their current credentials version. */
    Authentication authenticatedNow(CurrentUser user) {
        return authenticated(user, identity.credentialsVersion(user.id()));
    }

    /** The same session, with another principal (a changed language): the stamp stays. */
    static Authentication withPrincipal(Authentication current, CurrentUser user) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
                current.getAuthorities());
        token.setDetails(current.getDetails());
        return token;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        SignInClient client = authentication.getDetails() instanceof SignInClient details ? details
                : new SignInClient("unknown", null);
        try {
            return authenticatedNow(identity.signIn(authentication.getName(),
                    String.valueOf(authentication.getCredentials()), client.address(), client.deviceToken()));
        } catch (ProblemException e) {
            if (e.type().equals("login-throttled")) {
                throw new LockedException(e.getMessage());
            }
            throw new BadCredentialsException(e.getMessage());
        }
    }

    @Override
    public String remember(Authentication signedIn, @Nullable String current) {
        return signedIn.getPrincipal() instanceof CurrentUser user ? identity.rememberDevice(user.id(), current)
                : current == null ? "" : current;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Optional<Authentication> refresh(Authentication current) {
        if (!(current.getPrincipal() instanceof CurrentUser user)) {
            return Optional.of(current);
        }
        // Sessions from before V25 carry no stamp: they began at version 0, as every person did.
        int version = current.getDetails() instanceof SessionStamp stamp ? stamp.credentialsVersion() : 0;
        return identity.sessionUser(user.id(), version).map(now -> authenticated(now, version));
    }
}
