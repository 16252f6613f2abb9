package dev.allot.testing;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * One real OpenID Connect provider on loopback (NAV's mock-oauth2-server) for the company sign-in
 * (ADR 36), started before the applications of this JVM read its metadata. A test says who signs in
 * next with {@link #next}; the provider lets them in at once (no login form of its own).
 */
public final class TestOidc {

    public static final String ISSUER = "company";
    public static final String CLIENT_ID = "allot-tests";
    public static final String CLIENT_SECRET = "allot-tests-secret";

    private static final MockOAuth2Server SERVER = start();

    private TestOidc() {}

    public static String issuerUri() {
        return SERVER.issuerUrl(ISSUER).toString();
    }

    /** The next sign-in at the provider is {@code email}, named {@code name}, in {@code groups}. */
    public static void next(String email, String name, List<String> groups) {
        SERVER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, email, "JWT", List.of(CLIENT_ID),
                Map.of("email", email, "name", name, "groups", groups), 3600));
    }

    private static MockOAuth2Server start() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start(0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }
}
