package dev.allot.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Role;
import dev.allot.platform.ProblemException;
import dev.allot.testing.AllotIntegrationTest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The rules of a company sign-in (ADR 36) that the shared application's settings do not show: without
 * {@code create-people} nobody unknown comes in, and without a group mapping the role stays as it is.
 */
class CompanySignInRulesIT extends AllotIntegrationTest {

    @Autowired
    UserRepository users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void without_create_people_an_unknown_email_is_refused_and_without_a_mapping_the_role_stays() {
        CompanySignIn strict = new CompanySignIn(users, new CompanySignInProperties(null, null, null, "Corp", false,
                "groups", List.of(), List.of(), List.of()), events, Clock.systemUTC());
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        String stranger = "stranger-" + UUID.randomUUID() + "@corp.example";

        assertThatThrownBy(() -> inTransaction.execute(s -> strict.signIn(stranger, "Stranger", List.of("allot-admins"))))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).type()).isEqualTo("company-sign-in-refused"));
        assertThat(users.findByEmail(stranger)).isEmpty();

        User member = member();
        CurrentUser signedIn = inTransaction.execute(s -> strict.signIn(member.email().toUpperCase(), "X",
                List.of("allot-admins")));
        assertThat(signedIn.id().value()).isEqualTo(member.id());
        assertThat(signedIn.role()).isEqualTo(Role.MEMBER);
        assertThatThrownBy(() -> inTransaction.execute(s -> strict.signIn(" ", "Nobody", List.of())))
                .isInstanceOf(ProblemException.class);
    }
}
