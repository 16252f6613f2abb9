package dev.allot.booking.internal;

import dev.allot.platform.CommandValidation;
import dev.allot.booking.ApproveBooking;
import dev.allot.booking.Attendance;
import dev.allot.booking.AttendanceFilter;
import dev.allot.booking.BookLocalSlot;
import dev.allot.booking.BookResource;
import dev.allot.booking.BookedTime;
import dev.allot.booking.BookingActions;
import dev.allot.booking.BookingHistory;
import dev.allot.booking.BookingSlice;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingResult;
import dev.allot.booking.BookingView;
import dev.allot.booking.Bookings;
import dev.allot.booking.CancelBooking;
import dev.allot.booking.ChangeBooking;
import dev.allot.booking.CheckIn;
import dev.allot.booking.ImportBookings;
import dev.allot.booking.RejectBooking;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.space.FloorId;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** {@link Bookings}: validates each command, then hands it to the use case named after it. */
@Service
class BookingFacade implements Bookings {

    private final CommandValidation validation;
    private final BookingResources booking;
    private final ChangingBookings changing;
    private final CancellingBookings cancelling;
    private final DecidingOnBookings deciding;
    private final CheckingIn checkingIn;
    private final ImportingBookings importing;
    private final ReadingBookings reading;
    private final WhoIsIn whoIsIn;
    private final BookingHistoryReader history;
    private final SeriesBookings series;
    private final BookingMeters meters;
    private final Clock clock;

    BookingFacade(CommandValidation validation, BookingResources booking, ChangingBookings changing,
            CancellingBookings cancelling, DecidingOnBookings deciding, CheckingIn checkingIn,
            ImportingBookings importing, ReadingBookings reading, WhoIsIn whoIsIn, BookingHistoryReader history,
            SeriesBookings series, BookingMeters meters, Clock clock) {
        this.series = series;
        this.meters = meters;
        this.validation = validation;
        this.booking = booking;
        this.changing = changing;
        this.cancelling = cancelling;
        this.deciding = deciding;
        this.checkingIn = checkingIn;
        this.importing = importing;
        this.reading = reading;
        this.whoIsIn = whoIsIn;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public dev.allot.booking.SeriesResult bookSeries(dev.allot.booking.BookSeries command, CurrentUser booker) {
        return meters.counted(command.resourceId(), () -> series.book(validation.check(command), booker),
                made -> made.series().bookings());
    }

    @Override
    public dev.allot.booking.SeriesView series(dev.allot.booking.SeriesId id, CurrentUser viewer) {
        return series.series(id, viewer);
    }

    @Override
    public BookingResult book(BookResource command, CurrentUser booker) {
        return meters.counted(command.resourceId(), () -> booking.book(validation.check(command), booker),
                BookingMeters::made);
    }

    @Override
    public BookingResult book(BookLocalSlot command, CurrentUser booker) {
        return meters.counted(command.resourceId(), () -> booking.book(validation.check(command), booker),
                BookingMeters::made);
    }

    @Override
    public BookingView change(ChangeBooking command, CurrentUser actor) {
        return changing.change(validation.check(command), actor);
    }

    @Override
    public BookingView cancel(CancelBooking command, CurrentUser actor) {
        return cancelling.cancel(validation.check(command), actor);
    }

    @Override
    public BookingView approve(ApproveBooking command, CurrentUser admin) {
        return deciding.approve(validation.check(command), admin);
    }

    @Override
    public BookingView reject(RejectBooking command, CurrentUser admin) {
        return deciding.reject(validation.check(command), admin);
    }

    @Override
    public BookingView checkIn(CheckIn command, CurrentUser actor) {
        return checkingIn.checkIn(validation.check(command), actor);
    }

    @Override
    public BookingActions actionsFor(BookingView booking, CurrentUser viewer) {
        return BookingPolicy.actions(booking, viewer, clock.instant());
    }

    @Override
    public List<BookingId> importBookings(ImportBookings command, CurrentUser admin) {
        return importing.importBookings(validation.check(command).bookings(), admin);
    }

    @Override
    public BookingView booking(BookingId id) {
        return reading.booking(id);
    }

    @Override
    public Map<ResourceId, List<BookedTime>> activeTimes(Collection<ResourceId> resources, Instant from, Instant to) {
        return reading.activeTimes(resources, from, to);
    }

    @Override
    public Page<BookingView> list(BookingQuery query, PageRequest page, CurrentUser viewer) {
        BookingPolicy.list(query, viewer).ifPresent(refusal -> {
            throw refusal;
        });
        Page<BookingView> found = reading.list(query, page);
        return new Page<>(found.items().stream().map(booking -> booking.seenBy(viewer)).toList(), found.page(),
                found.size(), found.total());
    }

    @Override
    public BookingSlice slice(BookingQuery query, BookingHistory.@Nullable Position after, int size, CurrentUser viewer) {
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw ProblemException.invalidField("size", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        BookingPolicy.list(query, viewer).ifPresent(refusal -> {
            throw refusal;
        });
        List<BookingView> read = history.chunk(query, after, size + 1).stream()
                .map(booking -> booking.seenBy(viewer)).toList();
        if (read.size() <= size) {
            return new BookingSlice(read, null);
        }
        BookingView last = read.get(size - 1);
        return new BookingSlice(read.subList(0, size), new BookingHistory.Position(last.startsAt(), last.id()));
    }

    @Override
    public Attendance attendance(SiteId site, @Nullable LocalDate day, @Nullable FloorId floor, AttendanceFilter filter,
            CurrentUser viewer) {
        return whoIsIn.attendance(site, day, floor, validation.check(filter), viewer);
    }
}
