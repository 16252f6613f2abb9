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
    private final Clock clock;

    TokenAuthenticator(TokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Optional<Authentication> authenticate(String bearerToken) {
        if (bearerToken.isEmpty() || bearerToken.length() > 200) {
            return Optional.empty();
        }
        return tokens.findActiveUser(Tokens.hash(bearerToken), clock.millis())
                .map(user -> UsernamePasswordAuthenticationToken.authenticated(user.principal(), null,
                        List.of(new SimpleGrantedAuthority(user.role().authority()))));
    }
}
