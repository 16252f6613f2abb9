package dev.allot.booking.web;

import dev.allot.booking.ApproveBooking;
import dev.allot.booking.BookResource;
import dev.allot.booking.BookingActions;
import dev.allot.booking.CancelBooking;
import dev.allot.booking.CheckIn;
import dev.allot.booking.ImportBookings;
import dev.allot.booking.RejectBooking;
import dev.allot.booking.SiteDay;
import dev.allot.booking.BookingHistory;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingSlice;
import dev.allot.booking.BookingQuery;
import dev.allot.booking.BookingResult;
import dev.allot.booking.BookingStatus;
import dev.allot.booking.BookingView;
import dev.allot.booking.ChangeBooking;
import dev.allot.booking.ImportedBooking;
import dev.allot.booking.Bookings;
import dev.allot.booking.BookDeskDay;
import dev.allot.booking.Desks;
import dev.allot.booking.Guest;
import dev.allot.booking.BookSeries;
import dev.allot.booking.LocalSlot;
import dev.allot.booking.OnConflict;
import dev.allot.booking.Repeat;
import dev.allot.booking.SeriesResult;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.UserId;
import dev.allot.platform.ApiTimes;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteId;
import dev.allot.space.Spaces;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/bookings")
@Tag(name = "Bookings")
class BookingController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Bookings bookings;
    private final Desks desks;
    private final Spaces spaces;

    BookingController(Bookings bookings, Desks desks, Spaces spaces) {
        this.bookings = bookings;
        this.desks = desks;
        this.spaces = spaces;
    }

    /** By time ({@code startsAt}, {@code endsAt}), or a desk for a whole {@code day}, optionally for a guest. */
    record BookingRequest(
            @Positive @Nullable Long resourceId,
            @Nullable OffsetDateTime startsAt,
            @Nullable OffsetDateTime endsAt,
            @Size(max = Bookings.MAX_TITLE) @Nullable String title,
            @Min(1) @Max(Bookings.MAX_ATTENDEES) @Nullable Integer attendees,
            @Size(max = Bookings.MAX_NOTE) @Nullable String note,
            @Nullable LocalDate day,
            @Valid @Nullable Guest guest,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Colleagues read \"Busy\" for the title")
            @Nullable Boolean privateTitle,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Book a series: startsAt and endsAt are its first "
                    + "occurrence, whose wall-clock times every occurrence keeps in the site's zone")
            @Valid @Nullable Repeat repeat,
            @io.swagger.v3.oas.annotations.media.Schema(description = "For a series: FAIL (the default) books nothing "
                    + "when an occurrence is taken or breaks a rule, SKIP books the others")
            @Nullable OnConflict onConflict) {}

    /** A series booked: its bookings, and the occurrences skipped with why. */
    record SeriesResponse(long seriesId, String rule, long resourceId, String timeZone, List<BookingResponse> bookings,
            List<SkippedResponse> skipped) {}

    record SkippedResponse(LocalDate day, OffsetDateTime startsAt, OffsetDateTime endsAt, String reason, String detail,
            @Nullable Long bookingId, @Nullable String heldBy) {}

    record ReasonRequest(@Size(max = Bookings.MAX_REASON) @Nullable String reason,
            @io.swagger.v3.oas.annotations.media.Schema(description = "For an occurrence of a series: THIS (the "
                    + "default), FOLLOWING or ALL; occurrences that have begun stay as they were")
            dev.allot.booking.@Nullable SeriesScope scope) {}

    /** New times; title, attendees and note keep their values when left out. */
    record ChangeRequest(
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            @Size(max = Bookings.MAX_TITLE) @Nullable String title,
            @Min(1) @Max(Bookings.MAX_ATTENDEES) @Nullable Integer attendees,
            @Size(max = Bookings.MAX_NOTE) @Nullable String note,
            @Nullable Boolean privateTitle,
            @io.swagger.v3.oas.annotations.media.Schema(description = "For an occurrence of a series: THIS (the "
                    + "default; it stays an exception of its series), FOLLOWING or ALL (the new times of day and "
                    + "details for each occurrence on its own day; those that have begun stay as they were)")
            dev.allot.booking.@Nullable SeriesScope scope) {}

    /** For an occurrence of a series: which occurrences an approval is for. */
    record DecisionRequest(
            @io.swagger.v3.oas.annotations.media.Schema(description = "THIS (the default), FOLLOWING or ALL of "
                    + "the series' pending occurrences")
            dev.allot.booking.@Nullable SeriesScope scope) {}

    /**
     * A booking; {@code note}, {@code reason} and the guest's email only for its booker and admins,
     * the title "Busy" for others when {@code privateTitle}.
     */
    record BookingResponse(long id, long resourceId, String resourceName, String resourceKind, long siteId,
            String timeZone, long bookedBy, String title, @Nullable String note, int attendees,
            OffsetDateTime startsAt, OffsetDateTime endsAt, BookingStatus status, Instant createdAt,
            Instant updatedAt, @Nullable Long decidedBy, @Nullable Long cancelledBy, @Nullable String reason,
            @Nullable OffsetDateTime checkedInAt, BookingActions actions, @Nullable LocalDate day,
            @Nullable Guest guest, boolean privateTitle, @Nullable Long seriesId) {

        static BookingResponse of(BookingView b, BookingActions actions) {
            ZoneId zone = b.timeZone();
            return new BookingResponse(b.id().value(), b.resourceId().value(), b.resourceName(),
                    b.resourceKind().name(), b.siteId().value(), zone.getId(), b.bookedBy().value(), b.title(),
                    b.note(), b.attendees(), b.startsAt().atZone(zone).toOffsetDateTime(),
                    b.endsAt().atZone(zone).toOffsetDateTime(), b.status(), b.createdAt(), b.updatedAt(),
                    b.decidedBy() == null ? null : b.decidedBy().value(),
                    b.cancelledBy() == null ? null : b.cancelledBy().value(), b.reason(),
                    b.checkedInAt() == null ? null : b.checkedInAt().atZone(zone).toOffsetDateTime(), actions, b.day(),
                    b.guest(), b.privateTitle(), b.seriesId() == null ? null : b.seriesId().value());
        }
    }

    /** A booking as the caller sees it: with what they may do with it now. */
    private BookingResponse response(BookingView booking, CurrentUser me) {
        return BookingResponse.of(booking, bookings.actionsFor(booking, me));
    }

    @PostMapping
    @PreAuthorize("hasRole('MEMBER')")
    @ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets it
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            description = "The booking; with repeat, the series (409 series-conflicts lists the occurrences in the way)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
                    oneOf = {BookingResponse.class, SeriesResponse.class})))
    ResponseEntity<Object> book(@Valid @RequestBody BookingRequest request,
            @Parameter(description = "Repeat a request safely: the same key and body return the first booking")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(min = 1, max = 200) @Nullable String idempotencyKey,
            @AuthenticationPrincipal CurrentUser me) {
        requireFields(request);
        if (request.repeat() != null) {
            SeriesResponse series = bookSeries(request, me);
            return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/series/" + series.seriesId()))
                    .body(series);
        }
        BookingResult result = request.day() != null ? bookDay(request, idempotencyKey, me)
                : bookByTime(request, idempotencyKey, me);
        var response = ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/bookings/" + result.booking().id()));
        if (result.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(response(result.booking(), me));
    }

    /** The first occurrence's times, as wall-clock times in the resource's zone, and the rule. */
    private SeriesResponse bookSeries(BookingRequest request, CurrentUser me) {
        if (request.day() != null || request.guest() != null) {
            throw ProblemException.invalidField("repeat", "a series is booked by time (startsAt, endsAt), without day or guest");
        }
        ResourceId resource = new ResourceId(request.resourceId());
        ZoneId zone = spaces.findResource(resource)
                .orElseThrow(() -> ProblemException.unknownReference("resourceId", "Resource", request.resourceId()))
                .timeZone();
        var start = ApiTimes.instant("startsAt", request.startsAt()).atZone(zone);
        var end = ApiTimes.instant("endsAt", request.endsAt()).atZone(zone);
        boolean endsAtMidnight = end.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toLocalDate().equals(start.toLocalDate().plusDays(1));
        if (!end.toLocalDate().equals(start.toLocalDate()) && !endsAtMidnight) {
            throw ProblemException.invalidField("endsAt", "an occurrence of a series ends on the day it starts");
        }
        SeriesResult result = bookings.bookSeries(new BookSeries(resource,
                new LocalSlot(start.toLocalDate(), start.toLocalTime(), end.toLocalTime()), request.repeat(),
                request.onConflict() == null ? OnConflict.FAIL : request.onConflict(), request.title(),
                request.attendees(), request.note(), Boolean.TRUE.equals(request.privateTitle())), me);
        return new SeriesResponse(result.series().id().value(), result.series().rule(),
                result.series().resourceId().value(), zone.getId(),
                result.series().bookings().stream().map(booking -> response(booking, me)).toList(),
                result.skipped().stream().map(skipped -> new SkippedResponse(skipped.day(),
                        skipped.startsAt().atZone(zone).toOffsetDateTime(), skipped.endsAt().atZone(zone).toOffsetDateTime(),
                        skipped.reason(), skipped.detail(),
                        skipped.conflictingBooking() == null ? null : skipped.conflictingBooking().value(),
                        skipped.heldBy())).toList());
    }


    /** The resource, and the day or both times: every missing one named, as bean validation would. */
    private static void requireFields(BookingRequest request) {
        List<ProblemException.FieldError> missing = new java.util.ArrayList<>();
        if (request.resourceId() == null) {
            missing.add(new ProblemException.FieldError("resourceId", "must not be null"));
        }
        if (request.day() == null && request.startsAt() == null) {
            missing.add(new ProblemException.FieldError("startsAt", "must not be null"));
        }
        if (request.day() == null && request.endsAt() == null) {
            missing.add(new ProblemException.FieldError("endsAt", "must not be null"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    String.join("; ", missing.stream().map(e -> e.field() + ": " + e.message()).toList()))
                    .with("errors", missing);
        }
    }

    private BookingResult bookDay(BookingRequest request, @Nullable String idempotencyKey, CurrentUser me) {
        if (request.startsAt() != null || request.endsAt() != null) {
            throw ProblemException.invalidField("day", "give a day, or startsAt and endsAt, not both");
        }
        return desks.bookDay(new BookDeskDay(new ResourceId(request.resourceId()), request.day(), request.guest(),
                request.note(), idempotencyKey), me);
    }

    private BookingResult bookByTime(BookingRequest request, @Nullable String idempotencyKey, CurrentUser me) {
        if (request.guest() != null) {
            throw ProblemException.invalidField("guest", "a guest books a desk for a day: give the day");
        }
        return bookings.book(new BookResource(new ResourceId(request.resourceId()),
                ApiTimes.instant("startsAt", request.startsAt()), ApiTimes.instant("endsAt", request.endsAt()),
                request.title(), request.attendees(), request.note(), idempotencyKey,
                Boolean.TRUE.equals(request.privateTitle())), me);
    }

    /** One booking of an import; the status says how it ended or stands. */
    record ImportRow(
            @NotNull @Positive Long resourceId,
            @NotNull @Positive Long bookedBy,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            @Size(max = Bookings.MAX_TITLE) @Nullable String title,
            @Min(1) @Max(Bookings.MAX_ATTENDEES) @Nullable Integer attendees,
            @Nullable BookingStatus status,
            @Size(max = Bookings.MAX_NOTE) @Nullable String note,
            @Nullable OffsetDateTime checkedInAt) {}

    record ImportRequest(@NotNull @Size(min = 1, max = Bookings.MAX_IMPORT_BATCH) List<@Valid @NotNull ImportRow> bookings) {}

    @io.swagger.v3.oas.annotations.media.Schema(name = "BookingImportResponse")
    record ImportResponse(int imported, List<Long> ids) {}

    @PostMapping("/import")
    @PreAuthorize("hasRole('ADMIN')")
    @io.swagger.v3.oas.annotations.Operation(summary = "Import bookings made elsewhere (history or future)",
            description = "All or nothing, at most 10,000 per call. Rules that do not depend on the moment of import "
                    + "are kept (order, capacity, duration, opening hours); overlaps of active bookings are refused "
                    + "(409). Nobody is notified. Status defaults to CONFIRMED.")
    @ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets it
    ResponseEntity<ImportResponse> importBookings(@Valid @RequestBody ImportRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        List<ImportedBooking> batch = new java.util.ArrayList<>(request.bookings().size());
        for (int i = 0; i < request.bookings().size(); i++) {
            ImportRow row = request.bookings().get(i);
            String at = "bookings[" + i + "].";
            batch.add(new ImportedBooking(new ResourceId(row.resourceId()), new UserId(row.bookedBy()),
                    ApiTimes.instant(at + "startsAt", row.startsAt()), ApiTimes.instant(at + "endsAt", row.endsAt()),
                    row.title(), row.attendees(), row.status(), row.note(),
                    ApiTimes.instantOrNull(at + "checkedInAt", row.checkedInAt())));
        }
        List<BookingId> ids = bookings.importBookings(new ImportBookings(batch), me);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ImportResponse(ids.size(), ids.stream().map(BookingId::value).toList()));
    }

    @PostMapping("/{id}/check-in")
    @PreAuthorize("hasRole('MEMBER')")
    @io.swagger.v3.oas.annotations.Operation(summary = "Check in: I am here",
            description = "From 15 minutes before the start until the end of a confirmed booking; a repeat is harmless.")
    BookingResponse checkIn(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return response(bookings.checkIn(new CheckIn(new BookingId(id)), me), me);
    }

    @GetMapping
    @io.swagger.v3.oas.annotations.Operation(summary = "List bookings, by start",
            description = "By page number (page, size; the answer counts them all in total) or, with after, by "
                    + "cursor: after= (empty) reads the first slice, after=<next of the previous answer> the one "
                    + "after it; a cursor costs the same deep in a long history as at its start and counts nothing "
                    + "(total is null). Every answer with more to read carries next.")
    BookingList list(
            @Parameter(description = "Bookings of this resource (anyone's)")
            @RequestParam(required = false) @Positive @Nullable Long resourceId,
            @Parameter(description = "Bookings at this site (anyone's)")
            @RequestParam(required = false) @Positive @Nullable Long siteId,
            @Parameter(description = "Admins only: bookings of this person")
            @RequestParam(required = false) @Positive @Nullable Long userId,
            @Parameter(description = "Everyone's bookings instead of only mine (e.g. all pending ones)")
            @RequestParam(defaultValue = "false") boolean all,
            @Parameter(description = "A day in the site's calendar; needs siteId or resourceId")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime to,
            @RequestParam(required = false) @Nullable List<BookingStatus> status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "Read by cursor: empty for the first slice, or the next of the previous answer")
            @RequestParam(required = false) @Nullable String after,
            @AuthenticationPrincipal CurrentUser me) {
        UserId bookedBy = userId != null ? new UserId(userId)
                : resourceId == null && siteId == null && !all ? me.id() : null;
        Instant fromInstant = ApiTimes.instantOrNull("from", from);
        Instant toInstant = ApiTimes.instantOrNull("to", to);
        if (date != null) {
            SiteDay day = new SiteDay(date, zoneFor(resourceId, siteId));
            fromInstant = ApiTimes.check("date", day.start());
            toInstant = ApiTimes.check("date", day.end());
        }
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        BookingQuery query = new BookingQuery(bookedBy, resourceId == null ? null : new ResourceId(resourceId),
                siteId == null ? null : new SiteId(siteId), fromInstant, toInstant,
                status == null ? Set.of() : Set.copyOf(status));
        if (after != null) {
            BookingSlice slice = bookings.slice(query, BookingCursor.decode("after", after), size, me);
            return new BookingList(slice.items().stream().map(booking -> response(booking, me)).toList(), null, size,
                    null, BookingCursor.encode(slice.next()));
        }
        PageRequest request = new PageRequest(page, size);
        Page<BookingView> read = bookings.list(query, request, me);
        BookingView last = read.items().isEmpty() ? null : read.items().getLast();
        String next = last != null && request.offset() + read.items().size() < read.total()
                ? BookingCursor.encode(new BookingHistory.Position(last.startsAt(), last.id())) : null;
        return new BookingList(read.items().stream().map(booking -> response(booking, me)).toList(), read.page(),
                read.size(), read.total(), next);
    }

    /** A list of bookings: by page (page and total given) or by cursor (both null); next reads on. */
    record BookingList(List<BookingResponse> items, @Nullable Integer page, int size, @Nullable Long total,
            @Nullable String next) {}

    private ZoneId zoneFor(@Nullable Long resourceId, @Nullable Long siteId) {
        if (resourceId != null) {
            return spaces.findResource(new ResourceId(resourceId))
                    .orElseThrow(() -> ProblemException.unknownReference("resourceId", "Resource", resourceId))
                    .timeZone();
        }
        if (siteId != null) {
            try {
                return spaces.site(new SiteId(siteId)).timeZone();
            } catch (ProblemException notFound) {
                throw ProblemException.unknownReference("siteId", "Site", siteId);
            }
        }
        throw ProblemException.invalidField("date", "needs siteId or resourceId, whose time zone defines the day");
    }

    @GetMapping("/{id}")
    BookingResponse booking(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return response(bookings.booking(new BookingId(id), me), me);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('MEMBER')")
    BookingResponse change(@PathVariable long id, @Valid @RequestBody ChangeRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        BookingView current = bookings.booking(new BookingId(id));
        String title = request.title() == null || request.title().isBlank() ? current.title() : request.title().strip();
        return response(bookings.change(new ChangeBooking(current.id(),
                ApiTimes.instant("startsAt", request.startsAt()), ApiTimes.instant("endsAt", request.endsAt()), title,
                request.attendees() == null ? current.attendees() : request.attendees(),
                request.note() == null ? current.note() : request.note(), request.privateTitle(), request.scope()), me),
                me);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('MEMBER')")
    @io.swagger.v3.oas.annotations.Operation(summary = "Cancel a booking",
            description = "Members cancel their own, admins any; cancelling somebody else's needs a reason "
                    + "(422 rule reason-required without one).")
    BookingResponse cancel(@PathVariable long id, @Valid @RequestBody(required = false) @Nullable ReasonRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return response(bookings.cancel(new CancelBooking(new BookingId(id), reason(request),
                request == null ? null : request.scope()), me), me);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('ADMIN')")
    BookingResponse approve(@PathVariable long id,
            @Valid @RequestBody(required = false) @Nullable DecisionRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return response(bookings.approve(new ApproveBooking(new BookingId(id),
                request == null ? null : request.scope()), me), me);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('ADMIN')")
    @io.swagger.v3.oas.annotations.Operation(summary = "Reject a pending booking",
            description = "With a reason for the booker (422 rule reason-required without one).")
    BookingResponse reject(@PathVariable long id, @Valid @RequestBody(required = false) @Nullable ReasonRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return response(bookings.reject(new RejectBooking(new BookingId(id), reason(request),
                request == null ? null : request.scope()), me), me);
    }

    private static @Nullable String reason(@Nullable ReasonRequest request) {
        return request == null ? null : request.reason();
    }
}
