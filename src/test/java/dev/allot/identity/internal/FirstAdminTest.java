package dev.allot.identity.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.allot.identity.Registration;
import dev.allot.identity.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class FirstAdminTest {

    private final IdentityService identity = mock(IdentityService.class);
    private final UserRepository users = mock(UserRepository.class);

    @Test
    void a_password_given_without_an_email_is_the_default_admins_password() {
        when(users.countActiveAdmins()).thenReturn(0L);
        when(users.findByEmail(any())).thenReturn(Optional.empty());

        new FirstAdmin(identity, users, new PasswordStrength(), null, "chosen by the operator").run(new DefaultApplicationArguments());

        verify(identity).create(eq(new Registration("admin@localhost", "chosen by the operator", "Administrator")),
                eq(Role.ADMIN));
    }

    @Test
    void an_email_and_a_password_make_that_admin() {
        when(users.findByEmail(any())).thenReturn(Optional.empty());

        new FirstAdmin(identity, users, new PasswordStrength(), "ops@example.com", "chosen by the operator")
                .run(new DefaultApplicationArguments());

        verify(identity).create(eq(new Registration("ops@example.com", "chosen by the operator", "Administrator")),
                eq(Role.ADMIN));
    }
}
