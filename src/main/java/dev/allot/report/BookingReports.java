package dev.allot.report;

import dev.allot.booking.BookingHistory;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.Bookings;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Who booked what and when: the bookings of a room, a person or a site, with their cancellations,
 * as pages to look at and as exports. Admins see everyone's bookings; anyone else sees only their
 * own, so a member's room report lists their own bookings of that room, and asking for another
 * person's report is 403.
 */
@Service
public class BookingReports {

    /** Bookings read per database round trip while exporting. */
    static final int CHUNK = 1_000;

    private final Bookings bookings;
    private final BookingHistory history;
    private final Spaces spaces;
    private final Identity identity;
    private final MessageSource messages;
    private final Clock clock;

    BookingReports(Bookings bookings, BookingHistory history, Spaces spaces, Identity identity,
            MessageSource messages, Clock clock) {
        this.bookings = bookings;
        this.history = history;
        this.spaces = spaces;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
    }

    /** One page of a report, with the zone its days were read in (null when it spans sites). */
    public record ReportPage(String title, @Nullable ZoneId zone, Page<BookingLine> lines) {}

    public ReportPage page(BookingReportQuery query, PageRequest page, CurrentUser viewer, Locale locale) {
        Scope scope = scope(query, viewer);
        Page<BookingView> views = bookings.list(scope.bookingQuery(), page, viewer);
        Names names = new Names(scope);
        names.learn(views.items());
        return new ReportPage(title(scope, locale), scope.singleZone() ? scope.zone() : null,
                views.map(names::line));
    }

    /**
     * The report as a header and rows read {@link #CHUNK} at a time while they are written. Who may
     * see what is checked here, before anything is written.
     */
    public Report export(BookingReportQuery query, CurrentUser viewer, Locale locale) {
        Scope scope = scope(query, viewer);
        String zone = scope.singleZone() ? scope.zone().getId() : message("report.siteTime", locale);
        List<String> columns = List.of(message("report.column.id", locale), message("report.column.site", locale),
                message("report.column.resource", locale), message("report.column.personId", locale),
                message("report.column.person", locale), message("report.column.title", locale),
                message("report.column.attendees", locale), message("report.column.status", locale),
                message("report.column.starts", locale, zone), message("report.column.ends", locale, zone),
                message("report.column.zone", locale), message("report.column.booked", locale, zone),
                message("report.column.cancelled", locale, zone), message("report.column.cancelledBy", locale),
                message("report.column.checkedIn", locale, zone), message("report.column.reason", locale));
        ReportHeader header = new ReportHeader(title(scope, locale), fileName(scope), about(scope, viewer, locale),
                columns);
        return new Report(header, row -> history.forEachChunk(scope.bookingQuery(), CHUNK, chunk -> {
            Names names = new Names(scope);
            names.learn(chunk);
            chunk.forEach(view -> row.accept(cells(names.line(view))));
        }));
    }

    static List<Cell> cells(BookingLine line) {
        return List.of(Cell.whole(line.id()), Cell.text(line.site()), Cell.text(line.resource()),
                Cell.whole(line.personId()), Cell.text(line.person()), Cell.text(line.title()),
                Cell.whole(line.attendees()), Cell.text(line.status().name()), time(line.startsAt()),
                time(line.endsAt()), Cell.text(line.timeZone()), time(line.bookedAt()), time(line.cancelledAt()),
                Cell.text(line.cancelledBy()), time(line.checkedInAt()), Cell.text(line.reason()));
    }

    private static Cell time(@Nullable OffsetDateTime time) {
        return time == null ? Cell.EMPTY : new Cell.Time(time.toLocalDateTime());
    }

    /**
     * What the viewer may see of what they asked for: the booking query, the zone the days are read
     * in, and the names for the title. Unknown rooms, sites and (for admins) people are 404.
     */
    record Scope(BookingQuery bookingQuery, ZoneId zone, boolean singleZone, @Nullable SiteView site,
            @Nullable ResourceView resource, @Nullable UserView person, boolean ownOnly,
            BookingReportQuery query, Map<SiteId, String> siteNames) {}

    Scope scope(BookingReportQuery query, CurrentUser viewer) {
        if (query.personId() != null && !viewer.isAdmin() && !query.personId().equals(viewer.id())) {
            throw ProblemException.forbidden("Members see only their own bookings");
        }
        ResourceView resource = query.resourceId() == null ? null
                : spaces.findResource(query.resourceId())
                        .orElseThrow(() -> ProblemException.notFound("Resource", query.resourceId().value()));
        SiteView site = query.siteId() == null ? null : spaces.site(query.siteId());
        if (resource != null && site != null && !resource.siteId().equals(site.id())) {
            throw ProblemException.invalidField("resourceId", "is not at site " + site.id().value());
        }
        UserId personId = viewer.isAdmin() ? query.personId() : viewer.id();
        UserView person = personId == null ? null
                : identity.findUser(personId).orElseThrow(() -> ProblemException.notFound("Person", personId.value()));
        Map<SiteId, String> siteNames = spaces.sites().stream()
                .collect(Collectors.toMap(SiteView::id, SiteView::name, (a, b) -> a));
        boolean singleZone = resource != null || site != null;
        ZoneId zone = resource != null ? resource.timeZone()
                : site != null ? site.timeZone()
                : homeZone(person);
        BookingQuery bookingQuery = new BookingQuery(personId, query.resourceId(), query.siteId(),
                start(query.from(), zone), query.to() == null ? null : start(query.to().plusDays(1), zone),
                query.statuses());
        return new Scope(bookingQuery, zone, singleZone, site, resource, person, !viewer.isAdmin(), query,
                siteNames);
    }

    /** A person's report across sites reads its days in their home site's zone, or UTC without one. */
    private ZoneId homeZone(@Nullable UserView person) {
        if (person == null || person.homeSiteId() == null) {
            return ZoneOffset.UTC;
        }
        return spaces.sites().stream()
                .filter(site -> site.id().value() == person.homeSiteId())
                .map(SiteView::timeZone)
                .findFirst()
                .orElse(ZoneOffset.UTC);
    }

    private static @Nullable Instant start(@Nullable LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private String title(Scope scope, Locale locale) {
        if (scope.resource() != null) {
            return message("report.title.resource", locale, scope.resource().name());
        }
        if (scope.person() != null && (scope.site() == null || scope.query().personId() != null)) {
            return message("report.title.person", locale, scope.person().displayName());
        }
        if (scope.site() != null) {
            return message("report.title.site", locale, scope.site().name());
        }
        return message("report.title.all", locale);
    }

    private static String fileName(Scope scope) {
        String name = scope.resource() != null ? "room-" + scope.resource().id().value()
                : scope.person() != null ? "person-" + scope.person().id().value()
                : scope.site() != null ? "site-" + scope.site().id().value()
                : "all";
        BookingReportQuery query = scope.query();
        return "bookings-" + name + (query.from() == null ? "" : "-from-" + query.from())
                + (query.to() == null ? "" : "-to-" + query.to());
    }

    private List<String> about(Scope scope, CurrentUser viewer, Locale locale) {
        List<String> lines = new ArrayList<>();
        BookingReportQuery query = scope.query();
        if (scope.resource() != null) {
            lines.add(message("report.about.site", locale, scope.resource().siteName()));
        } else if (scope.site() != null) {
            lines.add(message("report.about.site", locale, scope.site().name()));
        }
        if (scope.person() != null) {
            lines.add(scope.person().email() == null
                    ? message("report.about.personWithoutEmail", locale, scope.person().displayName())
                    : message("report.about.person", locale, scope.person().displayName(), scope.person().email()));
        }
        lines.add(scope.singleZone() ? message("report.about.zone", locale, scope.zone().getId())
                : message("report.about.zones", locale, scope.zone().getId()));
        lines.add(message("report.about.period", locale, query.from() == null ? "…" : query.from().toString(),
                query.to() == null ? "…" : query.to().toString()));
        lines.add(message("report.about.statuses", locale, query.statuses().isEmpty()
                ? message("report.allStatuses", locale)
                : query.statuses().stream().map(BookingStatus::name).sorted().collect(Collectors.joining(", "))));
        if (scope.ownOnly()) {
            lines.add(message("report.about.ownOnly", locale));
        }
        lines.add(message("report.about.made", locale,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        clock.instant().atZone(scope.zone()).toOffsetDateTime().withNano(0)),
                viewer.displayName()));
        return lines;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Names of the people and sites of some bookings, looked up once for a page or chunk. */
    private final class Names {

        private final Scope scope;
        private final Map<UserId, String> people = new HashMap<>();

        Names(Scope scope) {
            this.scope = scope;
        }

        void learn(List<BookingView> views) {
            Set<UserId> ids = new HashSet<>();
            for (BookingView view : views) {
                ids.add(view.bookedBy());
                if (view.cancelledBy() != null) {
                    ids.add(view.cancelledBy());
                }
            }
            identity.usersByIds(ids).forEach((id, user) -> people.put(id, user.displayName()));
        }

        BookingLine line(BookingView view) {
            ZoneId zone = view.timeZone();
            boolean cancelled = view.status() == BookingStatus.CANCELLED;
            return new BookingLine(view.id().value(), scope.siteNames().getOrDefault(view.siteId(), ""),
                    view.resourceId().value(), view.resourceName(), view.bookedBy().value(),
                    people.getOrDefault(view.bookedBy(), "#" + view.bookedBy().value()), view.title(),
                    view.attendees(), view.status(), at(view.startsAt(), zone), at(view.endsAt(), zone), zone.getId(),
                    at(view.createdAt(), zone), cancelled ? at(view.updatedAt(), zone) : null,
                    view.cancelledBy() == null ? null
                            : people.getOrDefault(view.cancelledBy(), "#" + view.cancelledBy().value()),
                    view.checkedInAt() == null ? null : at(view.checkedInAt(), zone), view.reason());
        }

        private static OffsetDateTime at(Instant instant, ZoneId zone) {
            return instant.atZone(zone).toOffsetDateTime();
        }
    }
}
