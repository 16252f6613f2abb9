package dev.allot.identity.web;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.platform.PrincipalRefresher;
import dev.allot.platform.ProblemException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Browser sign-in with email and password (Spring Security picks up this provider), and the
 * per-request refresh that applies role changes and deactivation to open sessions.
 */
@Component
class SessionAuthenticationSupport implements org.springframework.security.authentication.AuthenticationProvider,
        PrincipalRefresher {

    private final Identity identity;

    SessionAuthenticationSupport(Identity identity) {
        this.identity = identity;
    }

    static Authentication authenticated(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(user.role().authority())));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        try {
            return authenticated(identity.signIn(authentication.getName(),
                    String.valueOf(authentication.getCredentials()), String.valueOf(address)));
        } catch (ProblemException e) {
            if (e.type().equals("login-throttled")) {
                throw new LockedException(e.getMessage());
            }
            throw new BadCredentialsException(e.getMessage());
        }
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
        return identity.currentUser(user.id()).map(SessionAuthenticationSupport::authenticated);
    }
}
