package dev.allot.identity.web;

import dev.allot.identity.AccessToken;
import dev.allot.identity.Identity;
import dev.allot.identity.Registration;
import dev.allot.identity.UserView;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
@SecurityRequirements
class AuthController {

    private final Identity identity;

    AuthController(Identity identity) {
        this.identity = identity;
    }

    record RegisterRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = 8, max = 128) String password,
            @NotBlank @Size(max = 100) String displayName) {}

    record TokenRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {}

    record TokenResponse(String accessToken, String tokenType, long expiresIn, UserResponse user) {}

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets it
    ResponseEntity<UserResponse> register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
        UserView user = identity.register(new Registration(request.email(), request.password(), request.displayName()),
                http.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(UserResponse.of(user));
    }

    @PostMapping("/logout")
    @io.swagger.v3.oas.annotations.Operation(summary = "Revoke the bearer token of this request")
    ResponseEntity<Void> logout(@org.springframework.web.bind.annotation.RequestHeader(
            org.springframework.http.HttpHeaders.AUTHORIZATION) String authorization) {
        identity.revokeToken(BearerTokens.from(authorization));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/token")
    TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        AccessToken token = identity.issueToken(request.email(), request.password(), http.getRemoteAddr());
        return new TokenResponse(token.value(), "Bearer", token.expiresIn().toSeconds(), UserResponse.of(token.user()));
    }
}
