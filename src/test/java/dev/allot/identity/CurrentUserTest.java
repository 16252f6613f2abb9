package dev.allot.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allot.platform.ProblemException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class CurrentUserTest {

    private static CurrentUser with(Role role) {
        return new CurrentUser(new UserId(7), "p@example.test", "P", role);
    }

    @Test
    void an_admin_passes_the_admin_check_and_every_lower_one() {
        CurrentUser admin = with(Role.ADMIN);

        assertThat(admin.requireAdmin("Only admins")).isSameAs(admin);
        assertThat(admin.require(Role.MEMBER, "Only members")).isSameAs(admin);
    }

    @Test
    void a_member_is_refused_an_admin_operation_with_a_403_problem_that_says_why() {
        assertThatThrownBy(() -> with(Role.MEMBER).requireAdmin("Only admins manage sites"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(problem.type()).isEqualTo("forbidden");
                    assertThat(problem.getMessage()).isEqualTo("Only admins manage sites");
                });
    }

    @Test
    void a_viewer_is_refused_what_members_may_do() {
        assertThatThrownBy(() -> with(Role.VIEWER).require(Role.MEMBER, "Only members book"))
                .isInstanceOf(ProblemException.class);
        assertThat(with(Role.VIEWER).require(Role.VIEWER, "Everyone")).isNotNull();
    }
}
