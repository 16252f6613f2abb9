package dev.allot.booking.web;

import dev.allot.booking.BookingLimit;
import dev.allot.booking.BookingLimits;
import dev.allot.booking.LimitMeasure;
import dev.allot.booking.LimitUse;
import dev.allot.booking.SaveLimit;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Role;
import dev.allot.space.ResourceKind;
import dev.allot.space.SiteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Fair-use limits over REST (issue 18): admins set them; everyone reads their own use. */
@RestController
@Tag(name = "Limits")
class LimitController {

    private final BookingLimits limits;

    LimitController(BookingLimits limits) {
        this.limits = limits;
    }

    record LimitRequest(@NotNull Role role, @Nullable Long siteId, @Nullable ResourceKind kind,
            @NotNull LimitMeasure measure, @NotNull @Min(1) @Max(BookingLimits.MAX_AMOUNT) Integer amount,
            @Nullable List<DayOfWeek> peakDays, @Nullable LocalTime peakStart, @Nullable LocalTime peakEnd) {

        SaveLimit command() {
            return new SaveLimit(role, siteId == null ? null : new SiteId(siteId), kind, measure, amount, peakDays,
                    peakStart, peakEnd);
        }
    }

    record LimitResponse(long id, Role role, @Nullable Long siteId, @Nullable ResourceKind kind, LimitMeasure measure,
            int amount, @Nullable List<DayOfWeek> peakDays, @Nullable LocalTime peakStart, @Nullable LocalTime peakEnd,
            Instant updatedAt) {

        static LimitResponse of(BookingLimit limit) {
            return new LimitResponse(limit.id(), limit.role(), limit.siteId() == null ? null : limit.siteId().value(),
                    limit.kind(), limit.measure(), limit.amount(), limit.peak() == null ? null : limit.peak().days(),
                    limit.peak() == null ? null : limit.peak().start(), limit.peak() == null ? null : limit.peak().end(),
                    limit.updatedAt());
        }
    }

    record UseResponse(LimitResponse limit, @Nullable LocalDate weekOf, double used, double remaining) {

        static UseResponse of(LimitUse use) {
            return new UseResponse(LimitResponse.of(use.limit()), use.weekOf(), use.used(), use.remaining());
        }
    }

    @GetMapping("/api/v1/limits")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The fair-use limits")
    List<LimitResponse> limits(@AuthenticationPrincipal CurrentUser me) {
        return limits.limits(me).stream().map(LimitResponse::of).toList();
    }

    @PostMapping("/api/v1/limits")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets it
    @Operation(summary = "Set a fair-use limit for a role, optionally for one site and one kind of resource")
    ResponseEntity<LimitResponse> create(@Valid @RequestBody LimitRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        BookingLimit made = limits.create(request.command(), me);
        return ResponseEntity.created(URI.create("/api/v1/limits/" + made.id())).body(LimitResponse.of(made));
    }

    @PutMapping("/api/v1/limits/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Change a fair-use limit")
    LimitResponse change(@PathVariable long id, @Valid @RequestBody LimitRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return LimitResponse.of(limits.change(id, request.command(), me));
    }

    @DeleteMapping("/api/v1/limits/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a fair-use limit")
    void remove(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        limits.remove(id, me);
    }

    @GetMapping("/api/v1/me/limits")
    @Operation(summary = "The limits that hold me, with my use of each (this week for weekly ones)")
    List<UseResponse> mine(@AuthenticationPrincipal CurrentUser me) {
        return limits.use(me).stream().map(UseResponse::of).toList();
    }
}
