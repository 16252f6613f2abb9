package dev.allot.booking.web;

import dev.allot.booking.AnswerAttendance;
import dev.allot.booking.AttendanceConfirmation;
import dev.allot.booking.AttendanceConfirmations;
import dev.allot.booking.BookingId;
import dev.allot.booking.BookingStatus;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Whether the booker will come to a desk booking: the question's state, and the answer. */
@RestController
@Tag(name = "Bookings")
class AttendanceConfirmationController {

    private final AttendanceConfirmations confirmations;

    AttendanceConfirmationController(AttendanceConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    record AttendanceRequest(@NotNull Boolean coming) {}

    /** Times in the site's zone; {@code releaseReason} is {@code not-coming}, {@code not-confirmed} or {@code no-show}. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AttendanceConfirmationResponse")
    record AttendanceResponse(long bookingId, BookingStatus bookingStatus, AttendanceConfirmation.State state,
            @Nullable Boolean coming, OffsetDateTime askAt, OffsetDateTime deadline, @Nullable OffsetDateTime askedAt,
            @Nullable OffsetDateTime answeredAt, @Nullable OffsetDateTime releasedAt, @Nullable String releaseReason,
            boolean answerable) {

        static AttendanceResponse of(AttendanceConfirmation c) {
            ZoneId zone = c.timeZone();
            return new AttendanceResponse(c.booking().value(), c.bookingStatus(), c.state(), c.coming(),
                    local(c.askAt(), zone), local(c.deadline(), zone), local(c.askedAt(), zone),
                    local(c.answeredAt(), zone), local(c.releasedAt(), zone),
                    c.releaseReason() == null ? null : c.releaseReason().code(), c.answerable());
        }

        private static @Nullable OffsetDateTime local(@Nullable Instant instant, ZoneId zone) {
            return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
        }
    }

    @PostMapping("/api/v1/bookings/{id}/attendance")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Say whether you will come to a desk booking",
            description = "\"coming\": true keeps the desk, false releases it at once for others. The booker or an "
                    + "admin answers; 409 when the booking asks no confirmation, is no longer active or was released.")
    AttendanceResponse answer(@PathVariable long id, @Valid @RequestBody AttendanceRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return AttendanceResponse.of(confirmations.answer(new AnswerAttendance(new BookingId(id), request.coming()), me));
    }

    @GetMapping("/api/v1/bookings/{id}/attendance")
    @Operation(summary = "Where a desk booking's attendance confirmation stands",
            description = "For the booker or an admin; 404 when the booking asks no confirmation.")
    AttendanceResponse confirmation(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return AttendanceResponse.of(confirmations.confirmation(new BookingId(id), me)
                .orElseThrow(() -> ProblemException.notFound("Attendance confirmation", id)));
    }
}
