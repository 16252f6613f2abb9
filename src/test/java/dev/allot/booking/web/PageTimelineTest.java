package dev.allot.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.allot.booking.BookingId;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.web.PageTimeline.Kind;
import dev.allot.booking.web.PageTimeline.Segment;
import dev.allot.identity.UserId;
import dev.allot.space.DailyHours;
import dev.allot.space.OpeningHours;
import dev.allot.space.ResourceId;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTimelineTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final Instant LONG_BEFORE = Instant.parse("2027-01-01T00:00:00Z");
    private static final UserId ME = new UserId(1);
    private static final UserId SOMEONE = new UserId(2);

    @Test
    void a_day_without_bookings_is_free_from_seven_to_nine_at_a_site_open_around_the_clock() {
        PageTimeline day = PageTimeline.of(MONDAY, BERLIN, OpeningHours.ALWAYS, List.of(), ME, LONG_BEFORE);

        assertThat(day.fromTime()).isEqualTo("07:00");
        assertThat(day.toTime()).isEqualTo("21:00");
        assertThat(day.segments()).extracting(Segment::kind).containsExactly(Kind.FREE);
        assertThat(day.hours()).hasSize(14).startsWith(7 * 60);
    }

    @Test
    void bookings_split_the_day_into_busy_blocks_and_free_gaps_pending_ones_apart() {
        PageTimeline day = PageTimeline.of(MONDAY, BERLIN, OpeningHours.ALWAYS, List.of(
                booking(MONDAY, "09:00", "10:00", BookingStatus.CONFIRMED, SOMEONE),
                booking(MONDAY, "13:30", "14:00", BookingStatus.PENDING, ME),
                booking(MONDAY, "15:00", "16:00", BookingStatus.CANCELLED, SOMEONE)), ME, LONG_BEFORE);

        assertThat(day.segments()).extracting(Segment::kind, Segment::startTime, Segment::endTime).containsExactly(
                tuple(Kind.FREE, "07:00", "09:00"),
                tuple(Kind.BUSY, "09:00", "10:00"),
                tuple(Kind.FREE, "10:00", "13:30"),
                tuple(Kind.PENDING, "13:30", "14:00"),
                tuple(Kind.FREE, "14:00", "21:00"));
        assertThat(day.segments().get(3).mine()).isTrue();
        assertThat(day.segments().get(1).mine()).isFalse();
    }

    @Test
    void the_window_widens_to_a_booking_outside_office_hours() {
        PageTimeline day = PageTimeline.of(MONDAY, BERLIN, OpeningHours.ALWAYS,
                List.of(booking(MONDAY, "05:30", "06:00", BookingStatus.CONFIRMED, SOMEONE),
                        booking(MONDAY, "22:00", "23:15", BookingStatus.CONFIRMED, SOMEONE)), ME, LONG_BEFORE);

        assertThat(day.fromTime()).isEqualTo("05:00");
        assertThat(day.toTime()).isEqualTo("24:00");
    }

    @Test
    void a_booking_that_runs_past_midnight_fills_the_rest_of_the_day() {
        var overnight = booking(MONDAY, "20:00", "23:00", BookingStatus.CONFIRMED, SOMEONE);
        overnight = withEnd(overnight, MONDAY.plusDays(1).atTime(2, 0).atZone(BERLIN).toInstant());

        PageTimeline day = PageTimeline.of(MONDAY, BERLIN, OpeningHours.ALWAYS, List.of(overnight), ME, LONG_BEFORE);
        PageTimeline next = PageTimeline.of(MONDAY.plusDays(1), BERLIN, OpeningHours.ALWAYS, List.of(overnight), ME,
                LONG_BEFORE);

        assertThat(day.segments().getLast()).extracting(Segment::kind, Segment::endTime).containsExactly(Kind.BUSY, "24:00");
        assertThat(next.segments().getFirst()).extracting(Segment::kind, Segment::startTime, Segment::endTime)
                .containsExactly(Kind.BUSY, "00:00", "02:00");
    }

    @Test
    void the_opening_hours_of_the_weekday_are_the_window_and_a_day_without_them_is_closed() {
        var hours = new OpeningHours(List.of(new DailyHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(18, 30))));

        PageTimeline monday = PageTimeline.of(MONDAY, BERLIN, hours, List.of(), ME, LONG_BEFORE);
        PageTimeline sunday = PageTimeline.of(MONDAY.minusDays(1), BERLIN, hours, List.of(), ME, LONG_BEFORE);

        assertThat(monday.fromTime()).isEqualTo("08:00");
        assertThat(monday.toTime()).isEqualTo("18:30");
        assertThat(sunday.closed()).isTrue();
        assertThat(sunday.empty()).isTrue();
        assertThat(sunday.hasFreeTime()).isFalse();
    }

    @Test
    void bars_of_a_week_share_one_window_and_show_the_hours_the_site_is_closed() {
        var hours = new OpeningHours(List.of(
                new DailyHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(18, 0)),
                new DailyHours(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(14, 0))));
        var monday = new PageTimeline.Day(MONDAY, BERLIN, hours, List.of());
        var tuesday = new PageTimeline.Day(MONDAY.plusDays(1), BERLIN, hours, List.of());
        var wednesday = new PageTimeline.Day(MONDAY.plusDays(2), BERLIN, hours, List.of());

        List<PageTimeline> week = PageTimeline.alike(List.of(monday, tuesday, wednesday), ME, LONG_BEFORE);

        assertThat(week).extracting(PageTimeline::fromTime, PageTimeline::toTime).containsOnly(tuple("08:00", "18:00"));
        assertThat(week.get(1).segments()).extracting(Segment::kind, Segment::startTime, Segment::endTime).containsExactly(
                tuple(Kind.CLOSED, "08:00", "10:00"),
                tuple(Kind.FREE, "10:00", "14:00"),
                tuple(Kind.CLOSED, "14:00", "18:00"));
        assertThat(week.get(2).closed()).isTrue();
        assertThat(week.get(2).segments()).extracting(Segment::kind).containsExactly(Kind.CLOSED);
    }

    @Test
    void time_already_past_today_is_not_offered_and_free_time_starts_on_the_next_quarter_hour() {
        Instant now = MONDAY.atTime(10, 5).atZone(BERLIN).toInstant();

        PageTimeline day = PageTimeline.of(MONDAY, BERLIN, OpeningHours.ALWAYS, List.of(), ME, now);

        assertThat(day.segments()).extracting(Segment::kind, Segment::startTime, Segment::endTime).containsExactly(
                tuple(Kind.PAST, "07:00", "10:15"),
                tuple(Kind.FREE, "10:15", "21:00"));
        assertThat(day.nowMinute()).isEqualTo(10 * 60 + 5);
    }

    @Test
    void a_day_gone_by_has_no_free_time() {
        PageTimeline yesterday = PageTimeline.of(MONDAY, BERLIN, OpeningHours.ALWAYS, List.of(), ME,
                MONDAY.plusDays(1).atTime(9, 0).atZone(BERLIN).toInstant());

        assertThat(yesterday.hasFreeTime()).isFalse();
        assertThat(yesterday.nowMinute()).isNull();
    }

    @Test
    void on_the_day_clocks_go_forward_times_are_read_on_the_wall_clock() {
        LocalDate springForward = LocalDate.of(2027, 3, 28);

        PageTimeline day = PageTimeline.of(springForward, BERLIN, OpeningHours.ALWAYS,
                List.of(booking(springForward, "09:00", "10:00", BookingStatus.CONFIRMED, SOMEONE)), ME, LONG_BEFORE);

        assertThat(day.segments().get(1)).extracting(Segment::startTime, Segment::endTime)
                .containsExactly("09:00", "10:00");
    }

    @Test
    void a_booking_link_suggests_an_hour_of_a_long_gap_or_the_whole_gap() {
        PageTimeline day = PageTimeline.of(MONDAY, BERLIN, OpeningHours.ALWAYS, List.of(), ME, LONG_BEFORE);
        Segment free = day.segments().getFirst();

        assertThat(free.bookStart()).isEqualTo("07:00");
        assertThat(free.bookEnd(60)).isEqualTo("08:00");
        assertThat(free.bookEnd(0)).isEqualTo("21:00");
        assertThat(day.style(free)).isEqualTo("left:0.000%;width:100.000%");
    }

    private static BookingView booking(LocalDate date, String start, String end, BookingStatus status, UserId by) {
        Instant startsAt = date.atTime(LocalTime.parse(start)).atZone(BERLIN).toInstant();
        Instant endsAt = date.atTime(LocalTime.parse(end)).atZone(BERLIN).toInstant();
        return new BookingView(new BookingId(1), new ResourceId(1), "Orion", ResourceKind.ROOM, new SiteId(1), BERLIN,
                by, "Meeting", null, 1, startsAt, endsAt, status, startsAt, startsAt, null, null, null, null, null, null);
    }

    private static BookingView withEnd(BookingView b, Instant endsAt) {
        return new BookingView(b.id(), b.resourceId(), b.resourceName(), b.resourceKind(), b.siteId(), b.timeZone(),
                b.bookedBy(), b.title(), b.note(), b.attendees(), b.startsAt(), endsAt, b.status(), b.createdAt(),
                b.updatedAt(), b.decidedBy(), b.cancelledBy(), b.reason(), b.checkedInAt(), b.day(), b.guest());
    }
}
