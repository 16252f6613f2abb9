package dev.allot.identity.internal;

import dev.allot.identity.ApiTokenIssued;
import dev.allot.identity.ApiTokenRevoked;
import dev.allot.identity.ApiTokens;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.IntegrationToken;
import dev.allot.identity.IssueToken;
import dev.allot.identity.IssuedToken;
import dev.allot.identity.UserId;
import dev.allot.platform.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link ApiTokens}: named tokens in {@code api_token} (V31), each issue and revocation audited. */
@Service
class IntegrationTokens implements ApiTokens {

    private static final int DEFAULT_DAYS = 365;

    private final TokenRepository tokens;
    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    IntegrationTokens(TokenRepository tokens, UserRepository users, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(IssueToken command, CurrentUser admin) {
        admin.requireAdmin("Only admins issue API tokens for integrations");
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw ProblemException.invalidField("name", "name the integration, up to " + MAX_NAME + " characters");
        }
        int days = command.days() == null ? DEFAULT_DAYS : command.days();
        if (days < 1 || days > MAX_DAYS) {
            throw ProblemException.invalidField("days", "must be between 1 and " + MAX_DAYS);
        }
        UserId person = command.userId() == null ? admin.id() : command.userId();
        UserRow user = users.findById(person.value()).filter(UserRow::active)
                .orElseThrow(() -> ProblemException.unknownReference("userId", "User", person.value()));
        String value = Tokens.newToken();
        Instant now = clock.instant();
        return transactions.execute(status -> {
            long id = tokens.insertNamed(user.id(), Tokens.hash(value), name, admin.id().value(), now.toEpochMilli(),
                    now.plus(Duration.ofDays(days)).toEpochMilli());
            IntegrationToken token = view(tokens.findNamed(id).orElseThrow());
            events.publishEvent(new ApiTokenIssued(token.userId(), token, admin.id(), now));
            return new IssuedToken(token, value);
        });
    }

    @Override
    public List<IntegrationToken> list(CurrentUser admin) {
        admin.requireAdmin("Only admins see the API tokens for integrations");
        return tokens.named(clock.millis()).stream().map(IntegrationTokens::view).toList();
    }

    @Override
    public void revoke(long id, CurrentUser admin) {
        admin.requireAdmin("Only admins revoke API tokens for integrations");
        TokenRepository.NamedToken named = tokens.findNamed(id)
                .orElseThrow(() -> ProblemException.notFound("API token", id));
        transactions.executeWithoutResult(status -> {
            tokens.delete(named.tokenHash());
            IntegrationToken token = view(named);
            events.publishEvent(new ApiTokenRevoked(token.userId(), token, admin.id(), clock.instant()));
        });
    }

    private static IntegrationToken view(TokenRepository.NamedToken token) {
        return new IntegrationToken(token.id(), token.name(), new UserId(token.userId()), token.userName(),
                token.createdBy() == null ? null : new UserId(token.createdBy()), Instant.ofEpochMilli(token.createdAt()),
                Instant.ofEpochMilli(token.expiresAt()));
    }
}
