package dev.allot.identity.web;

import dev.allot.identity.ApiTokens;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.IntegrationToken;
import dev.allot.identity.IssueToken;
import dev.allot.identity.IssuedToken;
import dev.allot.identity.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Long-lived API tokens for integrations (issue 15), for admins: issue, list, revoke. */
@RestController
@Tag(name = "API tokens")
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record IntegrationTokenRequest(@NotBlank @Size(max = ApiTokens.MAX_NAME) String name, @Nullable @Positive Long userId,
            @Nullable @Min(1) @Max(ApiTokens.MAX_DAYS) Integer days) {}

    record IntegrationTokenResponse(long id, String name, long userId, String userName, @Nullable Long createdBy,
            Instant createdAt, Instant expiresAt) {

        static IntegrationTokenResponse of(IntegrationToken token) {
            return new IntegrationTokenResponse(token.id(), token.name(), token.userId().value(), token.userName(),
                    token.createdBy() == null ? null : token.createdBy().value(), token.createdAt(), token.expiresAt());
        }
    }

    /** The token's value is in this answer only. */
    record IssuedTokenResponse(long id, String name, long userId, String userName, Instant expiresAt, String token) {}

    @PostMapping("/api/v1/tokens")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets it
    @Operation(summary = "Issue a named, long-lived API token for an integration, acting as a person (the admin by default)")
    ResponseEntity<IssuedTokenResponse> issue(@Valid @RequestBody IntegrationTokenRequest request, @AuthenticationPrincipal CurrentUser me) {
        IssuedToken issued = tokens.issue(new IssueToken(request.name(),
                request.userId() == null ? null : new UserId(request.userId()), request.days()), me);
        IntegrationToken token = issued.token();
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id())).body(new IssuedTokenResponse(token.id(),
                token.name(), token.userId().value(), token.userName(), token.expiresAt(), issued.value()));
    }

    @GetMapping("/api/v1/tokens")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The integration tokens that have not expired (never their values)")
    List<IntegrationTokenResponse> list(@AuthenticationPrincipal CurrentUser me) {
        return tokens.list(me).stream().map(IntegrationTokenResponse::of).toList();
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an integration token: it stops working at once")
    void revoke(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        tokens.revoke(id, me);
    }
}
