package dev.allot.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The few seconds a token's authentication is remembered, and what makes it forgotten sooner. */
class RecentTokensTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RecentTokens recent = new RecentTokens(Duration.ofSeconds(5), nanos::get);
    private final Authentication ann = UsernamePasswordAuthenticationToken.authenticated("ann", null, List.of());
    private final Authentication bob = UsernamePasswordAuthenticationToken.authenticated("bob", null, List.of());

    @Test
    void a_token_is_remembered_until_the_time_to_live_runs_out() {
        recent.remember("a", new RecentTokens.Entry(1, ann, 1_000));

        assertThat(recent.find("a", 10)).contains(ann);
        nanos.addAndGet(Duration.ofSeconds(5).plusMillis(1).toNanos());
        assertThat(recent.find("a", 10)).isEmpty();
    }

    @Test
    void a_token_is_not_served_past_its_own_expiry() {
        recent.remember("a", new RecentTokens.Entry(1, ann, 1_000));

        assertThat(recent.find("a", 999)).contains(ann);
        assertThat(recent.find("a", 1_000)).isEmpty();
    }

    @Test
    void forgetting_a_person_forgets_all_their_tokens_and_nobody_elses() {
        recent.remember("a1", new RecentTokens.Entry(1, ann, 1_000));
        recent.remember("a2", new RecentTokens.Entry(1, ann, 1_000));
        recent.remember("b", new RecentTokens.Entry(2, bob, 1_000));

        recent.forgetUser(1);

        assertThat(recent.find("a1", 10)).isEmpty();
        assertThat(recent.find("a2", 10)).isEmpty();
        assertThat(recent.find("b", 10)).contains(bob);
    }

    @Test
    void forgetting_a_token_forgets_only_that_token() {
        recent.remember("a1", new RecentTokens.Entry(1, ann, 1_000));
        recent.remember("a2", new RecentTokens.Entry(1, ann, 1_000));

        recent.forgetToken("a1");

        assertThat(recent.find("a1", 10)).isEmpty();
        assertThat(recent.find("a2", 10)).contains(ann);
    }

    @Test
    void a_time_to_live_of_zero_remembers_nothing() {
        RecentTokens off = new RecentTokens(Duration.ZERO, nanos::get);

        off.remember("a", new RecentTokens.Entry(1, ann, 1_000));

        assertThat(off.find("a", 10)).isEmpty();
    }
}
