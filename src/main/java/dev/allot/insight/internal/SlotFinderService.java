package dev.allot.insight.internal;

import dev.allot.booking.BookedTime;
import dev.allot.booking.Bookings;
import dev.allot.identity.CurrentUser;
import dev.allot.insight.Period;
import dev.allot.insight.SlotFinder;
import dev.allot.insight.SlotSearch;
import dev.allot.insight.SlotSuggestion;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.ResourceQuery;
import dev.allot.space.ResourceView;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The slot finder: candidate rooms from the space module, their held times from the booking
 * module (one query), how busy such rooms usually are from the occupancy read model (the last
 * {@link #HISTORY_WEEKS} weeks), ranked by {@link SlotRanking}.
 */
@Service
class SlotFinderService implements SlotFinder {

    /** How far back "usually" looks. */
    static final int HISTORY_WEEKS = 8;
    /** The smallest fitting rooms considered: beyond these, the waste outweighs any quiet. */
    static final int MAX_ROOMS = 60;
    static final Duration MIN_DURATION = Duration.ofMinutes(15);
    static final Duration MAX_DURATION = Duration.ofHours(12);

    private final Spaces spaces;
    private final Bookings bookings;
    private final OccupancyRepository occupancy;
    private final MessageSource messages;
    private final Clock clock;

    SlotFinderService(Spaces spaces, Bookings bookings, OccupancyRepository occupancy, MessageSource messages,
            Clock clock) {
        this.spaces = spaces;
        this.bookings = bookings;
        this.occupancy = occupancy;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<SlotSuggestion> find(SlotSearch search, Locale locale, CurrentUser viewer) {
        validate(search);
        SiteView site = spaces.site(search.siteId());
        ZoneId zone = site.timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate from = search.from().isBefore(today) ? today : search.from();
        if (search.to().isBefore(from)) {
            throw ProblemException.invalidField("to", "the range has passed; choose days from today on");
        }
        List<ResourceView> rooms = rooms(search);
        if (rooms.isEmpty()) {
            return List.of();
        }
        List<ResourceId> ids = rooms.stream().map(ResourceView::id).toList();
        Map<ResourceId, List<BookedTime>> busy = bookings.activeTimes(ids,
                from.atStartOfDay(zone).toInstant(), search.to().plusDays(1).atStartOfDay(zone).toInstant());
        List<SlotRanking.Candidate> ranked = SlotRanking.rank(rooms, search.attendees(), search.duration(), from,
                search.to(), zone, site.openingHours(), busy, usualShares(site, ids, today), clock.instant(),
                search.limit());
        return ranked.stream().map(candidate -> suggestion(candidate, search, locale)).toList();
    }

    private static void validate(SlotSearch search) {
        if (search.attendees() < 1) {
            throw ProblemException.invalidField("attendees", "must be at least 1");
        }
        if (search.duration().compareTo(MIN_DURATION) < 0 || search.duration().compareTo(MAX_DURATION) > 0) {
            throw ProblemException.invalidField("duration", "must be between 15 minutes and 12 hours");
        }
        if (search.to().isBefore(search.from())) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        if (search.to().toEpochDay() - search.from().toEpochDay() + 1 > SlotSearch.MAX_DAYS) {
            throw ProblemException.invalidField("to", "the range is at most " + SlotSearch.MAX_DAYS + " days");
        }
        if (search.limit() < 1 || search.limit() > SlotSearch.MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + SlotSearch.MAX_LIMIT);
        }
    }

    /** Active rooms of the site with the capacity and every amenity, smallest first. */
    private List<ResourceView> rooms(SlotSearch search) {
        return spaces.searchAll(new ResourceQuery(ResourceKind.ROOM, search.siteId(), null, search.attendees(),
                        search.amenities(), null, null, false)).stream()
                .sorted(Comparator.comparingInt(ResourceView::capacity).thenComparingLong(r -> r.id().value()))
                .limit(MAX_ROOMS)
                .toList();
    }

    /** Booked / open per weekday-hour over the last weeks, for these rooms together. */
    private @Nullable Double[] usualShares(SiteView site, List<ResourceId> rooms, LocalDate today) {
        ZoneId zone = site.timeZone();
        Period history = new Period(today.minusWeeks(HISTORY_WEEKS), today.minusDays(1));
        long[] booked = occupancy.bookedByWeekdayHour(rooms.stream().map(ResourceId::value).toList(),
                history.from().atStartOfDay(zone).toInstant().toEpochMilli(),
                today.atStartOfDay(zone).toInstant().toEpochMilli());
        long[] open = OpenTime.byWeekdayHour(site.openingHours(), zone, history);
        boolean anyHistory = false;
        for (long ms : booked) {
            anyHistory |= ms > 0;
        }
        Double[] shares = new Double[7 * 24];
        for (int cell = 0; cell < shares.length; cell++) {
            double available = (double) open[cell] * rooms.size();
            shares[cell] = !anyHistory || available == 0 ? null : Math.min(1, booked[cell] / available);
        }
        return shares;
    }

    private SlotSuggestion suggestion(SlotRanking.Candidate c, SlotSearch search, Locale locale) {
        List<String> reasons = new ArrayList<>();
        int spare = c.room().capacity() - search.attendees();
        reasons.add(spare == 0
                ? msg("slot.reason.exactFit", locale, c.room().capacity())
                : msg("slot.reason.fit", locale, search.attendees(), c.room().capacity(), spare));
        String when = c.start().getDayOfWeek().getDisplayName(TextStyle.FULL, locale) + " "
                + c.start().toLocalTime() + "–" + c.end().toLocalTime();
        Double usual = c.usualShare();
        if (usual == null) {
            reasons.add(msg("slot.reason.noHistory", locale));
        } else {
            long percent = Math.round(usual * 100);
            reasons.add(msg(usual <= SlotRanking.QUIET_ENOUGH ? "slot.reason.quiet" : "slot.reason.busy", locale,
                    when, percent));
        }
        if (c.dayIndex() == 0) {
            reasons.add(msg("slot.reason.earliest", locale));
        }
        return new SlotSuggestion(c.room().id(), c.room().name(), c.room().capacity(), c.room().floorName(),
                c.start().toInstant(), c.end().toInstant(), c.start().getZone(), (int) Math.round(c.score()), usual,
                List.copyOf(reasons));
    }

    private String msg(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
