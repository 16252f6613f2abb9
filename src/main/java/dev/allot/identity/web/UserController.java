package dev.allot.identity.web;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.Role;
import dev.allot.identity.UserId;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "People")
class UserController {

    private final Identity identity;

    UserController(Identity identity) {
        this.identity = identity;
    }

    record ChangeRoleRequest(@NotNull Role role) {}

    record ProfileRequest(@NotBlank @Size(max = 100) String displayName) {}

    record PasswordRequest(@NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(min = 8, max = 128) String newPassword) {}

    @GetMapping("/api/v1/me")
    UserResponse me(@AuthenticationPrincipal CurrentUser me) {
        return UserResponse.of(identity.user(me.id()));
    }

    @PutMapping("/api/v1/me")
    UserResponse updateProfile(@Valid @RequestBody ProfileRequest request, @AuthenticationPrincipal CurrentUser me) {
        return UserResponse.of(identity.updateProfile(me.id(), request.displayName()));
    }

    @PostMapping("/api/v1/me/password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordRequest request,
            @AuthenticationPrincipal CurrentUser me, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        identity.changePassword(me.id(), request.currentPassword(), request.newPassword(),
                BearerTokens.from(authorization));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/users")
    @PreAuthorize("hasRole('ADMIN')")
    Page<UserResponse> users(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser me) {
        return identity.users(new PageRequest(page, size), me).map(UserResponse::of);
    }

    @GetMapping("/api/v1/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserResponse user(@PathVariable long id) {
        return UserResponse.of(identity.user(new UserId(id)));
    }

    @PutMapping("/api/v1/users/{id}/role")
    @PreAuthorize("hasRole('ADMIN')")
    UserResponse changeRole(@PathVariable long id, @Valid @RequestBody ChangeRoleRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return UserResponse.of(identity.changeRole(new UserId(id), request.role(), me));
    }

    @PostMapping("/api/v1/users/{id}/deactivate")
    @PreAuthorize("hasRole('ADMIN')")
    UserResponse deactivate(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return UserResponse.of(identity.deactivate(new UserId(id), me));
    }
}
