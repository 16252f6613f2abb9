package dev.allot.identity.internal;

import dev.allot.platform.ApiTokenAuthenticator;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

@Component
class TokenAuthenticator implements ApiTokenAuthenticator {

    private final TokenRepository tokens;
    private final RecentTokens recent;
    private final Clock clock;

    TokenAuthenticator(TokenRepository tokens, RecentTokens recent, Clock clock) {
        this.tokens = tokens;
        this.recent = recent;
        this.clock = clock;
    }

    @Override
    public Optional<Authentication> authenticate(String bearerToken) {
        if (bearerToken.isEmpty() || bearerToken.length() > 200) {
            return Optional.empty();
        }
        String hash = Tokens.hash(bearerToken);
        long now = clock.millis();
        Optional<Authentication> remembered = recent.find(hash, now);
        if (remembered.isPresent()) {
            return remembered;
        }
        return tokens.findActiveUser(hash, now).map(found -> {
            Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(found.user().principal(),
                    null, List.of(new SimpleGrantedAuthority(found.user().role().authority())));
            recent.remember(hash, new RecentTokens.Entry(found.user().id(), authentication, found.expiresAt()));
            return authentication;
        });
    }
}
