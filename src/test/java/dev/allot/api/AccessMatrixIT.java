package dev.allot.api;

import static dev.allot.api.AccessMatrixIT.Caller.ADMIN;
import static dev.allot.api.AccessMatrixIT.Caller.ANONYMOUS;
import static dev.allot.api.AccessMatrixIT.Caller.MEMBER;
import static dev.allot.api.AccessMatrixIT.Caller.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.AllotIntegrationTest;
import dev.allot.testing.Api;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what: every endpoint of the API for every role, with the status the contract gives.
 * VIEWER reads everything and writes nothing; MEMBER also books and cancels their own bookings;
 * ADMIN also manages spaces and people and decides on bookings; without a token only register and
 * token are open. Each row gets fresh fixtures, so a row that deletes or cancels touches nothing
 * another row sees.
 */
class AccessMatrixIT extends AllotIntegrationTest {

    private static final String ZONE = "Europe/Berlin";

    enum Caller { ANONYMOUS, VIEWER, MEMBER, ADMIN }

    /** A request body, built from the row's fixtures. */
    @FunctionalInterface
    interface Body {
        @Nullable Object of(Fixtures fixtures);
    }

    private static final Named<Body> NONE = Named.of("no body", fixtures -> null);
    private static final Named<Body> ACCOUNT = Named.of("a new account", fixtures -> Map.of(
            "email", unique("matrix") + "@example.test", "password", PASSWORD, "displayName", "Matrix"));
    private static final Named<Body> CREDENTIALS = Named.of("a person's credentials", fixtures -> Map.of(
            "email", fixtures.user().email(), "password", PASSWORD));
    private static final Named<Body> SITE = Named.of("a site", fixtures -> Map.of(
            "name", unique("Matrix site"), "timeZone", ZONE));
    private static final Named<Body> FLOOR = Named.of("a floor", fixtures -> Map.of(
            "name", unique("Floor"), "level", 1));
    private static final Named<Body> RESOURCE = Named.of("a resource", fixtures -> Map.of(
            "siteId", fixtures.site(), "kind", "ROOM", "name", unique("room"), "capacity", 4));
    private static final Named<Body> BOOKING = Named.of("a booking", fixtures -> booking(fixtures.resource(),
            at(ZONE, 3, 10, 0), at(ZONE, 3, 11, 0)));
    private static final Named<Body> REASON = Named.of("a reason", fixtures -> Map.of("reason", "access matrix"));
    /** The fixture bookings' day at 09:00–11:00 instead of 09:00–10:00. */
    private static final Named<Body> LONGER = Named.of("longer times", fixtures -> Map.of(
            "startsAt", at(ZONE, 4, 9, 0).toString(), "endsAt", at(ZONE, 4, 11, 0).toString()));
    private static final Named<Body> ROLE = Named.of("a role", fixtures -> Map.of("role", "VIEWER"));
    private static final Named<Body> PERSON = Named.of("a person", fixtures -> Map.of(
            "displayName", unique("Matrix person"), "team", "Matrix"));

    /** One endpoint's row of the matrix: the status for ANONYMOUS, VIEWER, MEMBER and ADMIN. */
    private record Endpoint(String method, String path, Named<Body> body) {

        Stream<Arguments> expect(int anonymous, int viewer, int member, int admin) {
            return Stream.of(
                    Arguments.of(ANONYMOUS, method, path, body, anonymous),
                    Arguments.of(VIEWER, method, path, body, viewer),
                    Arguments.of(MEMBER, method, path, body, member),
                    Arguments.of(ADMIN, method, path, body, admin));
        }
    }

    private static Endpoint on(String method, String path) {
        return new Endpoint(method, path, NONE);
    }

    private static Endpoint on(String method, String path, Named<Body> body) {
        return new Endpoint(method, path, body);
    }

    /**
     * Path placeholders, each made fresh for its row: {site} (no resources), {resource} (no
     * bookings), {booking} (someone else's), {myBooking} (the caller's), {pending} (someone else's,
     * waiting for approval), {user} (another member).
     */
    static Stream<Arguments> contract() {
        return Stream.of(
                //                                                                      ANONYMOUS VIEWER MEMBER ADMIN
                on("POST", "/api/v1/auth/register", ACCOUNT).expect(                         201,   201,   201,  201),
                on("POST", "/api/v1/auth/token", CREDENTIALS).expect(                        200,   200,   200,  200),
                on("GET", "/api/v1/me").expect(                                              401,   200,   200,  200),

                on("GET", "/api/v1/sites").expect(                                           401,   200,   200,  200),
                on("POST", "/api/v1/sites", SITE).expect(                                    401,   403,   403,  201),
                on("GET", "/api/v1/sites/{site}").expect(                                    401,   200,   200,  200),
                on("PUT", "/api/v1/sites/{site}", SITE).expect(                              401,   403,   403,  200),
                on("DELETE", "/api/v1/sites/{site}").expect(                                 401,   403,   403,  204),
                on("GET", "/api/v1/sites/{site}/floors").expect(                             401,   200,   200,  200),
                on("POST", "/api/v1/sites/{site}/floors", FLOOR).expect(                     401,   403,   403,  201),
                on("GET", "/api/v1/sites/{site}/attendance").expect(                         401,   200,   200,  200),

                on("GET", "/api/v1/resources").expect(                                       401,   200,   200,  200),
                on("GET", "/api/v1/resources?kind=ROOM&siteId={site}&minCapacity=1").expect( 401,   200,   200,  200),
                on("POST", "/api/v1/resources", RESOURCE).expect(                            401,   403,   403,  201),
                on("GET", "/api/v1/resources/{resource}").expect(                            401,   200,   200,  200),
                on("PUT", "/api/v1/resources/{resource}", RESOURCE).expect(                  401,   403,   403,  200),
                on("DELETE", "/api/v1/resources/{resource}").expect(                         401,   403,   403,  204),

                on("POST", "/api/v1/bookings", BOOKING).expect(                              401,   403,   201,  201),
                on("GET", "/api/v1/bookings").expect(                                        401,   200,   200,  200),
                on("GET", "/api/v1/bookings?resourceId={resource}").expect(                  401,   200,   200,  200),
                on("GET", "/api/v1/bookings?userId={user}").expect(                          401,   403,   403,  200),
                on("GET", "/api/v1/bookings/{booking}").expect(                              401,   200,   200,  200),
                on("POST", "/api/v1/bookings/{booking}/cancel", REASON).expect(              401,   403,   403,  200),
                on("PUT", "/api/v1/bookings/{booking}", LONGER).expect(                       401,   403,   403,  200),
                on("POST", "/api/v1/bookings/{pending}/approve").expect(                     401,   403,   403,  200),
                on("POST", "/api/v1/bookings/{pending}/reject", REASON).expect(              401,   403,   403,  200),

                on("GET", "/api/v1/users").expect(                                           401,   403,   403,  200),
                on("GET", "/api/v1/users/{user}").expect(                                    401,   403,   403,  200),
                on("PUT", "/api/v1/users/{user}/role", ROLE).expect(                         401,   403,   403,  200),
                on("POST", "/api/v1/users/{user}/deactivate").expect(                        401,   403,   403,  200),

                on("GET", "/api/v1/limits").expect(                                          401,   403,   403,  200),
                on("GET", "/api/v1/me/limits").expect(                                       401,   200,   200,  200),
                on("GET", "/api/v1/backups").expect(                                         401,   403,   403,  200),
                on("GET", "/api/v1/tokens").expect(                                          401,   403,   403,  200),

                on("GET", "/api/v1/people").expect(                                          401,   200,   200,  200),
                on("GET", "/api/v1/people?q=matrix&team=Matrix").expect(                     401,   200,   200,  200),
                on("POST", "/api/v1/people", PERSON).expect(                                 401,   403,   403,  201),
                on("GET", "/api/v1/people/{user}").expect(                                   401,   200,   200,  200),
                on("PUT", "/api/v1/people/{user}", PERSON).expect(                           401,   403,   403,  200),
                on("DELETE", "/api/v1/people/{user}").expect(                                401,   403,   403,  204),
                on("DELETE", "/api/v1/people/{user}/telegram").expect(                       401,   403,   403,  200),

                // Cancelling one's own booking: members and admins (viewers cannot hold bookings).
                Stream.of(
                        Arguments.of(MEMBER, "POST", "/api/v1/bookings/{myBooking}/cancel", NONE, 200),
                        Arguments.of(MEMBER, "PUT", "/api/v1/bookings/{myBooking}", LONGER, 200),
                        Arguments.of(ADMIN, "POST", "/api/v1/bookings/{myBooking}/cancel", NONE, 200)))
                .flatMap(rows -> rows);
    }

    @ParameterizedTest(name = "{0} {1} {2} with {3} gets {4}")
    @MethodSource("contract")
    void each_role_gets_the_status_the_contract_gives_on_each_endpoint(Caller caller, String method, String path,
            Body body, int expected) {
        Fixtures fixtures = new Fixtures(caller);
        String resolvedPath = fixtures.resolve(path);
        Object resolvedBody = body.of(fixtures);

        Api.Response response = fixtures.callerApi().send(method, resolvedPath, resolvedBody);

        assertThat(response.status()).as(caller + " " + method + " " + resolvedPath + " -> " + response)
                .isEqualTo(expected);
        if (expected == 401 || expected == 403) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(expected);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Callers are made once per class (they are never changed); fixtures once per row.

    private static final Map<Caller, User> CALLERS = new EnumMap<>(Caller.class);

    private synchronized User caller(Caller caller) {
        return CALLERS.computeIfAbsent(caller, role -> switch (role) {
            case ANONYMOUS -> throw new IllegalArgumentException("no user for " + role);
            case VIEWER -> viewer();
            case MEMBER -> member();
            case ADMIN -> admin();
        });
    }

    /** What one row needs, made on first use and only then. */
    final class Fixtures {

        private final Caller caller;
        private final Api admin = as(caller(ADMIN));
        private @Nullable Long site;
        private @Nullable Long resource;
        private @Nullable User user;

        Fixtures(Caller caller) {
            this.caller = caller;
        }

        Api callerApi() {
            return caller == ANONYMOUS ? anonymous() : as(caller(caller));
        }

        String resolve(String template) {
            Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(template);
            StringBuilder path = new StringBuilder();
            while (placeholder.find()) {
                long id = switch (placeholder.group(1)) {
                    case "site" -> site();
                    case "resource" -> resource();
                    case "booking" -> booking(as(member()), false);
                    case "myBooking" -> booking(callerApi(), false);
                    case "pending" -> booking(as(member()), true);
                    case "user" -> user().id();
                    default -> throw new IllegalArgumentException("unknown placeholder " + placeholder.group());
                };
                placeholder.appendReplacement(path, String.valueOf(id));
            }
            return placeholder.appendTail(path).toString();
        }

        long site() {
            if (site == null) {
                Api.Response created = admin.post("/api/v1/sites", Map.of("name", unique("Matrix site"),
                        "timeZone", ZONE, "openingHours", List.of()));
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                site = created.json().get("id").asLong();
            }
            return site;
        }

        long resource() {
            if (resource == null) {
                resource = newResource(false);
            }
            return resource;
        }

        User user() {
            if (user == null) {
                user = member();
            }
            return user;
        }

        private long newResource(boolean requiresApproval) {
            Api.Response siteCreated = admin.post("/api/v1/sites", Map.of("name", unique("Matrix site"),
                    "timeZone", ZONE));
            assertThat(siteCreated.status()).as(siteCreated.toString()).isEqualTo(201);
            Api.Response created = admin.post("/api/v1/resources", Map.of("siteId",
                    siteCreated.json().get("id").asLong(), "kind", "ROOM", "name", unique("room"), "capacity", 6,
                    "requiresApproval", requiresApproval));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return created.json().get("id").asLong();
        }

        private long booking(Api booker, boolean pending) {
            long room = newResource(pending);
            Api.Response created = booker.post("/api/v1/bookings", AllotIntegrationTest.booking(room,
                    at(ZONE, 4, 9, 0), at(ZONE, 4, 10, 0)));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.json().get("status").asString()).isEqualTo(pending ? "PENDING" : "CONFIRMED");
            return created.json().get("id").asLong();
        }
    }
}
