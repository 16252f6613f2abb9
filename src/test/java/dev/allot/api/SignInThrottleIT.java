package dev.allot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle slows a guesser without locking the owner out (issue 14, finding 2). The
 * application's clock stands still, so the doubling waits are exact; requests come "from" addresses
 * named in X-Forwarded-For, which loopback, a trusted proxy in the tests, may send. The limit per
 * address and the known-browser path are in SignInThrottlePagesIT, whose application counts lower.
 */
class SignInThrottleIT extends AllotIntegrationTest {

    @BeforeEach
    void standStill() {
        clock().set(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void a_strangers_guesses_do_not_keep_the_owner_out_from_another_address() {
        User owner = member();
        String attacker = address();
        for (int guess = 1; guess <= 8; guess++) {
            tokenFrom(attacker, owner.email(), "guess " + guess);
        }

        assertThat(tokenFrom(attacker, owner.email(), PASSWORD).status()).isEqualTo(429);
        assertThat(tokenFrom(address(), owner.email(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void after_the_allowed_failures_each_attempt_waits_twice_as_long_as_the_last() {
        User owner = member();
        String attacker = address();
        for (int guess = 1; guess <= 5; guess++) {
            assertThat(tokenFrom(attacker, owner.email(), "guess " + guess).status()).isEqualTo(401);
        }

        Api.Response waitOne = tokenFrom(attacker, owner.email(), PASSWORD);
        clock().advance(Duration.ofSeconds(1));
        Api.Response sixth = tokenFrom(attacker, owner.email(), "guess 6");
        Api.Response waitTwo = tokenFrom(attacker, owner.email(), PASSWORD);
        clock().advance(Duration.ofSeconds(2));
        Api.Response seventh = tokenFrom(attacker, owner.email(), "guess 7");
        Api.Response waitFour = tokenFrom(attacker, owner.email(), PASSWORD);

        assertThat(waitOne.status()).isEqualTo(429);
        assertThat(waitOne.header("Retry-After")).isEqualTo("1");
        assertThat(sixth.status()).isEqualTo(401);
        assertThat(waitTwo.header("Retry-After")).isEqualTo("2");
        assertThat(seventh.status()).isEqualTo(401);
        assertThat(waitFour.status()).isEqualTo(429);
        assertThat(waitFour.header("Retry-After")).isEqualTo("4");
        clock().advance(Duration.ofSeconds(4));
        assertThat(tokenFrom(attacker, owner.email(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void a_success_forgets_the_failures_and_a_quiet_day_forgets_them_too() {
        User owner = member();
        String here = address();
        for (int guess = 1; guess <= 4; guess++) {
            tokenFrom(here, owner.email(), "typo " + guess);
        }
        assertThat(tokenFrom(here, owner.email(), PASSWORD).status()).isEqualTo(200);
        for (int guess = 1; guess <= 4; guess++) {
            assertThat(tokenFrom(here, owner.email(), "typo again " + guess).status()).isEqualTo(401);
        }
        clock().advance(Duration.ofHours(25));
        for (int guess = 1; guess <= 4; guess++) {
            assertThat(tokenFrom(here, owner.email(), "a day later " + guess).status()).isEqualTo(401);
        }

        assertThat(tokenFrom(here, owner.email(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void x_forwarded_for_from_a_client_that_is_not_a_trusted_proxy_is_ignored() throws Exception {
        Optional<InetAddress> own = ownNonLoopbackAddress();
        assumeThat(own).as("a network address of this machine other than loopback").isPresent();
        User owner = member();
        Api direct = new Api("http://" + hostOf(own.get()) + ":" + port, null);
        for (int guess = 1; guess <= 5; guess++) {
            // Each claims another address; all count against the one it really comes from.
            direct.withHeader("X-Forwarded-For", address())
                    .post("/api/v1/auth/token", Map.of("email", owner.email(), "password", "guess " + guess));
        }

        Api.Response claimed = direct.withHeader("X-Forwarded-For", address())
                .post("/api/v1/auth/token", Map.of("email", owner.email(), "password", PASSWORD));

        assertThat(claimed.status()).isEqualTo(429);
        assertThat(tokenFrom(address(), owner.email(), PASSWORD).status()).isEqualTo(200);
    }

    private Api.Response tokenFrom(String address, String email, String password) {
        return anonymous().withHeader("X-Forwarded-For", address)
                .post("/api/v1/auth/token", Map.of("email", email, "password", password));
    }

    private static int next = 0;

    /** A documentation address (RFC 5737) of its own for each call. */
    static synchronized String address() {
        next++;
        return "198.51." + (next / 250) + "." + (1 + next % 250);
    }

    private static Optional<InetAddress> ownNonLoopbackAddress() throws Exception {
        return NetworkInterface.networkInterfaces().filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof java.net.Inet4Address && !address.isLinkLocalAddress())
                .findFirst();
    }

    private static String hostOf(InetAddress address) {
        return address.getHostAddress();
    }
}
