package dev.allot.booking.web;

import dev.allot.booking.BookingView;
import dev.allot.booking.DeskPolicy;
import dev.allot.booking.DeskState;
import dev.allot.booking.Desks;
import dev.allot.booking.FixedDesk;
import dev.allot.booking.Guest;
import dev.allot.booking.JoinPresence;
import dev.allot.booking.PresenceId;
import dev.allot.booking.PresenceStatus;
import dev.allot.booking.PresenceView;
import dev.allot.booking.SiteDesks;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.UserId;
import dev.allot.space.FloorId;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Hot desks over REST: presence and the line, desk states of a day, fixed desks, a site's desk policy. */
@RestController
@Tag(name = "Desks")
class DeskController {

    private final Desks desks;

    DeskController(Desks desks) {
        this.desks = desks;
    }

    record PresenceRequest(@NotNull @Positive Long siteId, @NotNull LocalDate day, @Valid @Nullable Guest guest,
            @Nullable Boolean waitForDesk) {}

    record DeskRef(long id, @Nullable String name) {}

    record PresenceResponse(long id, long siteId, LocalDate day, long person, @Nullable Guest guest,
            PresenceStatus status, @Nullable Integer position, @Nullable DeskRef desk, @Nullable Instant offerExpiresAt,
            @Nullable Long bookingId, Instant createdAt, Instant updatedAt) {

        static PresenceResponse of(PresenceView p) {
            return new PresenceResponse(p.id().value(), p.siteId().value(), p.day(), p.person().value(), p.guest(),
                    p.status(), p.position(), p.desk() == null ? null : new DeskRef(p.desk().value(), p.deskName()),
                    p.offerExpiresAt(), p.booking() == null ? null : p.booking().value(), p.createdAt(), p.updatedAt());
        }
    }

    @PostMapping("/api/v1/presence")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "I'll be in that day (for myself or a guest)",
            description = "Waiting for a desk by default (waitForDesk): a place in the site-day's line, first come "
                    + "first served, offered a desk when one frees. 409 already-has-desk, already-present; 422 rules.")
    @ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets it
    ResponseEntity<PresenceResponse> join(@Valid @RequestBody PresenceRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        PresenceView presence = desks.join(new JoinPresence(new SiteId(request.siteId()), request.day(),
                request.guest(), request.waitForDesk()), me);
        return ResponseEntity.created(URI.create("/api/v1/presence/" + presence.id()))
                .body(PresenceResponse.of(presence));
    }

    @GetMapping("/api/v1/presence")
    @Operation(summary = "My presences from today on; with siteId and day, everyone's standing there that day")
    List<PresenceResponse> presences(@RequestParam(required = false) @Positive @Nullable Long siteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @AuthenticationPrincipal CurrentUser me) {
        return desks.presences(siteId == null ? null : new SiteId(siteId), day, me).stream()
                .map(PresenceResponse::of).toList();
    }

    @GetMapping("/api/v1/presence/{id}")
    PresenceResponse presence(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return PresenceResponse.of(desks.presence(new PresenceId(id), me));
    }

    @PostMapping("/api/v1/presence/{id}/accept")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Accept the desk offered: it is booked (409 offer-gone when the offer no longer stands)")
    PresenceResponse accept(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return PresenceResponse.of(desks.accept(new PresenceId(id), me));
    }

    @PostMapping("/api/v1/presence/{id}/decline")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Decline the desk offered: it goes to the next in line; I stay present without a desk")
    PresenceResponse decline(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return PresenceResponse.of(desks.decline(new PresenceId(id), me));
    }

    @PostMapping("/api/v1/presence/{id}/cancel")
    @PreAuthorize("hasRole('MEMBER')")
    PresenceResponse cancel(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return PresenceResponse.of(desks.cancel(new PresenceId(id), me));
    }

    record DeskResponse(long id, String name, @Nullable Long floorId, @Nullable String floorName, DeskState state,
            @Nullable Long holderId, @Nullable String holderName, @Nullable String guestOf, @Nullable Long bookingId,
            @Nullable Long presenceId) {}

    record SiteDesksResponse(long siteId, LocalDate day, String timeZone, @Nullable Long floorId, long free,
            List<DeskResponse> desks) {}

    @GetMapping("/api/v1/sites/{id}/desks")
    @Operation(summary = "The desks of a site on a day, each FREE, TAKEN (by whom), HELD, MINE or FIXED")
    SiteDesksResponse siteDesks(@PathVariable long id,
            @Parameter(description = "A day in the site's calendar (default: today there)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @RequestParam(required = false) @Positive @Nullable Long floorId,
            @AuthenticationPrincipal CurrentUser me) {
        SiteDesks found = desks.desks(new SiteId(id), day, floorId == null ? null : new FloorId(floorId), me);
        return new SiteDesksResponse(found.siteId().value(), found.day(), found.timeZone().getId(),
                found.floorId() == null ? null : found.floorId().value(), found.free(), found.desks().stream()
                        .map(d -> new DeskResponse(d.id().value(), d.name(),
                                d.floorId() == null ? null : d.floorId().value(), d.floorName(), d.state(),
                                d.holder() == null ? null : d.holder().value(), d.holderName(), d.guestOf(),
                                d.booking() == null ? null : d.booking().value(),
                                d.offer() == null ? null : d.offer().value()))
                        .toList());
    }

    @GetMapping("/api/v1/sites/{id}/desk-policy")
    DeskPolicy policy(@PathVariable long id) {
        return desks.policy(new SiteId(id));
    }

    @PutMapping("/api/v1/sites/{id}/desk-policy")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Guests per host per day, and whether freed desks are booked for the first in line at once")
    DeskPolicy changePolicy(@PathVariable long id, @Valid @RequestBody DeskPolicy policy,
            @AuthenticationPrincipal CurrentUser me) {
        return desks.changePolicy(new SiteId(id), policy, me);
    }

    record FixedDeskResponse(long deskId, String deskName, long owner, String ownerName, List<LocalDate> released) {

        static FixedDeskResponse of(FixedDesk f) {
            return new FixedDeskResponse(f.desk().value(), f.deskName(), f.owner().value(), f.ownerName(),
                    f.released());
        }
    }

    record FixedDeskRequest(@NotNull @Positive Long userId) {}

    record ReleaseRequest(@NotNull LocalDate day) {}

    @GetMapping("/api/v1/sites/{id}/fixed-desks")
    List<FixedDeskResponse> fixedDesks(@PathVariable long id) {
        return desks.fixedDesks(new SiteId(id)).stream().map(FixedDeskResponse::of).toList();
    }

    @PutMapping("/api/v1/desks/{id}/fixed")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Make a desk a person's fixed desk (others get 422 fixed-desk unless released)")
    FixedDeskResponse assignFixed(@PathVariable long id, @Valid @RequestBody FixedDeskRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return FixedDeskResponse.of(desks.assignFixedDesk(new ResourceId(id), new UserId(request.userId()), me));
    }

    @DeleteMapping("/api/v1/desks/{id}/fixed")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeFixed(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        desks.removeFixedDesk(new ResourceId(id), me);
    }

    @PostMapping("/api/v1/desks/{id}/releases")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "The owner releases their fixed desk for a day: bookable by others, offered to the line")
    FixedDeskResponse release(@PathVariable long id, @Valid @RequestBody ReleaseRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return FixedDeskResponse.of(desks.releaseFixedDesk(new ResourceId(id), request.day(), me));
    }

    record DeskDayResponse(long bookingId, long deskId, String deskName, long siteId, LocalDate day,
            @Nullable Guest guest) {}

    @GetMapping("/api/v1/me/desk-days")
    @Operation(summary = "My desk days (and my guests') from today on")
    List<DeskDayResponse> myDeskDays(@AuthenticationPrincipal CurrentUser me) {
        return desks.myDeskDays(me).stream().map(DeskController::deskDay).toList();
    }

    private static DeskDayResponse deskDay(BookingView b) {
        return new DeskDayResponse(b.id().value(), b.resourceId().value(), b.resourceName(), b.siteId().value(),
                b.day(), b.guest());
    }
}
