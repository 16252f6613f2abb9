package dev.allot.gathering.web;

import dev.allot.gathering.Film;
import dev.allot.gathering.GatheringDraft;
import dev.allot.gathering.GatheringId;
import dev.allot.gathering.GatheringQuery;
import dev.allot.gathering.GatheringStatus;
import dev.allot.gathering.GatheringView;
import dev.allot.gathering.Gatherings;
import dev.allot.gathering.ParticipantView;
import dev.allot.gathering.ParticipationState;
import dev.allot.gathering.PersonRef;
import dev.allot.gathering.PersonReputation;
import dev.allot.gathering.Privacy;
import dev.allot.gathering.Rate;
import dev.allot.gathering.RatingView;
import dev.allot.gathering.Reputation;
import dev.allot.gathering.MessageView;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.UserId;
import dev.allot.platform.ApiTimes;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.space.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
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

/** Community events over REST: announcements, requests, invitations, participants and following hosts. */
@RestController
@Tag(name = "Events")
class GatheringController {

    private final Gatherings gatherings;

    GatheringController(Gatherings gatherings) {
        this.gatherings = gatherings;
    }

    record EventRequest(
            @NotBlank @Size(max = Gatherings.MAX_TITLE) String title,
            @Size(max = Gatherings.MAX_DESCRIPTION) @Nullable String description,
            @Valid @Nullable Film film,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            @NotBlank @Size(max = 64) String timeZone,
            @Size(max = Gatherings.MAX_PLACE) @Nullable String place,
            @Positive @Nullable Long roomId,
            @NotNull Privacy privacy,
            @Nullable Boolean free,
            @Size(max = 200) @Nullable String priceNote,
            @NotNull @Min(1) @Max(Gatherings.MAX_SEATS) Integer seats) {

        GatheringDraft draft() {
            return new GatheringDraft(title, description, film, ApiTimes.instant("startsAt", startsAt),
                    ApiTimes.instant("endsAt", endsAt), timeZone, place, roomId == null ? null : new ResourceId(roomId),
                    privacy, free == null || free, priceNote, seats);
        }
    }

    record Person(long id, String displayName) {

        static @Nullable Person of(@Nullable PersonRef person) {
            return person == null ? null : new Person(person.id().value(), person.displayName());
        }
    }

    /** A host with what guests said of them. */
    record Host(long id, String displayName, Reputation rating) {}

    /**
     * An event as the caller sees it; times in the event's zone.
     *
     * @param waiting requests waiting for the host: for the host only, null for anyone else
     * @param invitationLink the host's shareable invitation link ({@code /e/{code}?invite=...}): for the host only
     */
    record EventResponse(long id, String title, @Nullable String description, @Nullable Film film,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, @Nullable String place,
            @Nullable Long roomId, Privacy privacy, boolean free, @Nullable String priceNote, int seats, int seatsTaken,
            int seatsLeft, GatheringStatus status, String shortLink, Host host,
            @Nullable ParticipationState myParticipation, @Nullable Integer waiting, @Nullable String invitationLink,
            Instant createdAt, Instant updatedAt) {

        static EventResponse of(GatheringView g) {
            return new EventResponse(g.id().value(), g.title(), g.description(), g.film(),
                    g.startsAt().atZone(g.timeZone()).toOffsetDateTime(), g.endsAt().atZone(g.timeZone()).toOffsetDateTime(),
                    g.timeZone().getId(), g.place(), g.room() == null ? null : g.room().value(), g.privacy(), g.free(),
                    g.priceNote(), g.seats(), g.taken(), g.seatsLeft(), g.status(), g.shortLink(),
                    new Host(g.host().id().value(), g.host().displayName(), g.hostRating()),
                    g.myParticipation(), g.waiting(), g.invitationLink(), g.createdAt(), g.updatedAt());
        }
    }

    record EventList(List<EventResponse> items, int page, int size, long total) {}

    /** @param rating what people said of them in this part: as host for the host, as guest for a guest */
    record ParticipantResponse(long eventId, Person person, boolean host, ParticipationState state,
            @Nullable Person invitedBy, Reputation rating, Instant createdAt, Instant updatedAt) {

        static ParticipantResponse of(ParticipantView p) {
            return new ParticipantResponse(p.gathering().value(), Person.of(p.person()), p.host(), p.state(),
                    Person.of(p.invitedBy()), p.rating(), p.createdAt(), p.updatedAt());
        }
    }

    record InvitationRequest(@NotNull @Positive Long personId) {}

    @PostMapping("/api/v1/events")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Announce an event; the host is accepted at it (outside the seats)",
            description = "With roomId the room is booked for the event's time (409 booking-overlap when it is taken). "
                    + "409 overlapping-event when the host is at another event then; 422 rules event-in-the-past, "
                    + "ends-before-start, event-too-long (over 14 days), time-zone.")
    @ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets it
    ResponseEntity<EventResponse> publish(@Valid @RequestBody EventRequest request, @AuthenticationPrincipal CurrentUser me) {
        GatheringView created = gatherings.publish(request.draft(), me);
        return ResponseEntity.created(URI.create("/api/v1/events/" + created.id())).body(EventResponse.of(created));
    }

    @GetMapping("/api/v1/events")
    @Operation(summary = "Events the caller may see, by start: those not over yet unless from is given",
            description = "mine=HOST: the caller's own; mine=GUEST: those they asked to join, were invited to or "
                    + "accepted at (cancelled ones too). place and film match text they contain, in any case; "
                    + "minHostRating keeps hosts rated at least that on average; fromDay and toDay are days in each "
                    + "event's own zone.")
    EventList list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime to,
            @RequestParam(required = false) @Size(max = 200) @Nullable String place,
            @RequestParam(required = false) @Size(max = 200) @Nullable String film,
            @RequestParam(defaultValue = "false") boolean freeOnly,
            @RequestParam(defaultValue = "false") boolean following,
            @RequestParam(required = false) GatheringQuery.@Nullable Mine mine,
            @RequestParam(defaultValue = "false") boolean includeCancelled,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.@Nullable LocalDate fromDay,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.@Nullable LocalDate toDay,
            @RequestParam(required = false) @jakarta.validation.constraints.DecimalMin("1")
            @jakarta.validation.constraints.DecimalMax("5") @Nullable Double minHostRating,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser me) {
        GatheringQuery query = new GatheringQuery(ApiTimes.instantOrNull("from", from), ApiTimes.instantOrNull("to", to),
                blankToNull(place), blankToNull(film), freeOnly, following, mine, includeCancelled, minHostRating,
                fromDay, toDay);
        Page<GatheringView> found = gatherings.list(query, new PageRequest(page, size), me);
        return new EventList(found.items().stream().map(EventResponse::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GetMapping("/api/v1/events/{id}")
    EventResponse event(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return EventResponse.of(gatherings.gathering(new GatheringId(id), me));
    }

    @PutMapping("/api/v1/events/{id}")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Change an event before it starts (its host only)",
            description = "422 seats-below-accepted when fewer seats are offered than guests accepted; 409 "
                    + "overlapping-event when someone accepted is at another event at a new time.")
    EventResponse change(@PathVariable long id, @Valid @RequestBody EventRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return EventResponse.of(gatherings.change(new GatheringId(id), request.draft(), me));
    }

    @DeleteMapping("/api/v1/events/{id}")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Call an event off (its host, or an admin): seats and the room are freed")
    EventResponse cancel(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return EventResponse.of(gatherings.cancel(new GatheringId(id), me));
    }

    @PostMapping("/api/v1/events/{id}/close")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Take no more requests (its host only); those accepted still come")
    EventResponse close(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return EventResponse.of(gatherings.close(new GatheringId(id), true, me));
    }

    @PostMapping("/api/v1/events/{id}/reopen")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Take requests again (its host only)")
    EventResponse reopen(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return EventResponse.of(gatherings.close(new GatheringId(id), false, me));
    }

    @PostMapping("/api/v1/events/{id}/requests")
    @PreAuthorize("hasRole('MEMBER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask to join (once per event); an invitation waiting for the caller is accepted instead",
            description = "409 already-asked; 422 rules event-closed, event-started, event-cancelled, own-event.")
    ParticipantResponse ask(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return ParticipantResponse.of(gatherings.ask(new GatheringId(id), me));
    }

    @GetMapping("/api/v1/events/{id}/participants")
    @Operation(summary = "Who comes: the host sees everyone in every state, accepted guests those accepted")
    List<ParticipantResponse> participants(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return gatherings.participants(new GatheringId(id), me).stream().map(ParticipantResponse::of).toList();
    }

    @PostMapping("/api/v1/events/{id}/participants/{personId}/accept")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Accept someone who asked (its host only)",
            description = "409 no-seats when none is left; 409 overlapping-event when they are at another event then.")
    ParticipantResponse accept(@PathVariable long id, @PathVariable long personId, @AuthenticationPrincipal CurrentUser me) {
        return ParticipantResponse.of(gatherings.accept(new GatheringId(id), new UserId(personId), me));
    }

    @PostMapping("/api/v1/events/{id}/participants/{personId}/reject")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Say no to someone who asked or was invited, or to someone accepted, whose seat frees")
    ParticipantResponse reject(@PathVariable long id, @PathVariable long personId, @AuthenticationPrincipal CurrentUser me) {
        return ParticipantResponse.of(gatherings.reject(new GatheringId(id), new UserId(personId), me));
    }

    @PostMapping("/api/v1/events/{id}/invitations")
    @PreAuthorize("hasRole('MEMBER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite someone (its host only): no seat is held until they accept")
    ParticipantResponse invite(@PathVariable long id, @Valid @RequestBody InvitationRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return ParticipantResponse.of(gatherings.invite(new GatheringId(id), new UserId(request.personId()), me));
    }

    @PostMapping("/api/v1/events/{id}/participation/accept")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Accept my invitation: a seat, if one is left (409 no-seats otherwise)")
    ParticipantResponse acceptInvitation(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return ParticipantResponse.of(gatherings.acceptInvitation(new GatheringId(id), me));
    }

    @PostMapping("/api/v1/events/{id}/participation/decline")
    @PreAuthorize("hasRole('MEMBER')")
    ParticipantResponse declineInvitation(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return ParticipantResponse.of(gatherings.declineInvitation(new GatheringId(id), me));
    }

    @PostMapping("/api/v1/events/{id}/participation/withdraw")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Withdraw my request, or give up my seat")
    ParticipantResponse withdraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return ParticipantResponse.of(gatherings.withdraw(new GatheringId(id), me));
    }

    record RatingRequest(@Positive @Nullable Long personId, @NotNull @Min(1) @Max(5) Integer score,
            @Size(max = Gatherings.MAX_COMMENT) @Nullable String comment) {

        Rate rate() {
            return new Rate(personId == null ? null : new UserId(personId), score, comment);
        }
    }

    record RatingResponse(long id, long eventId, Person by, Person of, boolean ofHost, int score, @Nullable String comment,
            Instant createdAt, Instant updatedAt, Instant editableUntil) {

        static RatingResponse of(RatingView r) {
            return new RatingResponse(r.id(), r.gathering().value(), Person.of(r.by()), Person.of(r.of()), r.ofHost(),
                    r.score(), r.comment(), r.createdAt(), r.updatedAt(), r.editableUntil());
        }
    }

    @GetMapping("/api/v1/events/{id}/ratings")
    @Operation(summary = "The ratings given at an event (its host and the guests who came)")
    List<RatingResponse> ratings(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return gatherings.ratings(new GatheringId(id), me).stream().map(RatingResponse::of).toList();
    }

    @PostMapping("/api/v1/events/{id}/ratings")
    @PreAuthorize("hasRole('MEMBER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rate after the event: a guest the host (personId may be left out), the host a guest",
            description = "Once per pair and event (409 already-rated); 422 event-not-over, not-a-guest, rate-host-only.")
    RatingResponse rate(@PathVariable long id, @Valid @RequestBody RatingRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return RatingResponse.of(gatherings.rate(new GatheringId(id), request.rate(), me));
    }

    @PutMapping("/api/v1/events/{id}/ratings/{ratingId}")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Change my rating, for 14 days after I gave it (422 rating-closed then)")
    RatingResponse changeRating(@PathVariable long id, @PathVariable long ratingId,
            @Valid @RequestBody RatingRequest request, @AuthenticationPrincipal CurrentUser me) {
        return RatingResponse.of(gatherings.changeRating(new GatheringId(id), ratingId, request.rate(), me));
    }

    @DeleteMapping("/api/v1/events/{id}/ratings/{ratingId}")
    @PreAuthorize("hasRole('MEMBER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove my rating, for 14 days after I gave it")
    void removeRating(@PathVariable long id, @PathVariable long ratingId, @AuthenticationPrincipal CurrentUser me) {
        gatherings.removeRating(new GatheringId(id), ratingId, me);
    }

    @GetMapping("/api/v1/people/{id}/ratings")
    @Operation(summary = "A person's ratings as host and as guest: the mean score and how many")
    PersonReputation reputation(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return gatherings.reputation(new UserId(id), me);
    }

    record MessageRequest(@NotBlank @Size(max = Gatherings.MAX_MESSAGE) String text) {}

    record MessageResponse(long id, long eventId, Person author, String text, Instant createdAt, @Nullable Instant editedAt) {

        static MessageResponse of(MessageView m) {
            return new MessageResponse(m.id(), m.gathering().value(), Person.of(m.author()), m.text(), m.createdAt(),
                    m.editedAt());
        }
    }

    @GetMapping("/api/v1/events/{id}/messages")
    @Operation(summary = "The event's chat, oldest first, after message `after` (to poll for new ones)",
            description = "For the host and the guests accepted now (403 for others who see the event).")
    List<MessageResponse> messages(@PathVariable long id, @RequestParam(defaultValue = "0") long after,
            @AuthenticationPrincipal CurrentUser me) {
        return gatherings.messages(new GatheringId(id), after, me).stream().map(MessageResponse::of).toList();
    }

    @PostMapping("/api/v1/events/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    MessageResponse post(@PathVariable long id, @Valid @RequestBody MessageRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return MessageResponse.of(gatherings.post(new GatheringId(id), request.text(), me));
    }

    @PutMapping("/api/v1/events/{id}/messages/{messageId}")
    @Operation(summary = "Change my message")
    MessageResponse edit(@PathVariable long id, @PathVariable long messageId, @Valid @RequestBody MessageRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return MessageResponse.of(gatherings.editMessage(new GatheringId(id), messageId, request.text(), me));
    }

    @DeleteMapping("/api/v1/events/{id}/messages/{messageId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove my message (the host removes anyone's)")
    void deleteMessage(@PathVariable long id, @PathVariable long messageId, @AuthenticationPrincipal CurrentUser me) {
        gatherings.deleteMessage(new GatheringId(id), messageId, me);
    }

    record InvitationLinkRequest(@NotBlank @Size(max = 64) String token) {}

    @GetMapping("/api/v1/invitations/{code}")
    @Operation(summary = "The event an invitation link opens (the link's token is the permission)")
    EventResponse invitation(@PathVariable String code, @RequestParam String token, @AuthenticationPrincipal CurrentUser me) {
        return EventResponse.of(gatherings.byInvitation(code, token, me));
    }

    @PostMapping("/api/v1/invitations/{code}/accept")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Take a seat through the host's invitation link, as if invited by name",
            description = "409 no-seats (one stays invited), 409 rejected for someone the host said no to.")
    ParticipantResponse acceptInvitationLink(@PathVariable String code, @Valid @RequestBody InvitationLinkRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return ParticipantResponse.of(gatherings.acceptByInvitation(code, request.token(), me));
    }

    record FollowResponse(long personId, boolean following) {}

    @PostMapping("/api/v1/people/{id}/followers")
    @Operation(summary = "Follow a host: their followers-only events become visible to me")
    FollowResponse follow(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        gatherings.follow(new UserId(id), me);
        return new FollowResponse(id, true);
    }

    @DeleteMapping("/api/v1/people/{id}/followers")
    @Operation(summary = "Stop following a host")
    FollowResponse unfollow(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        gatherings.unfollow(new UserId(id), me);
        return new FollowResponse(id, false);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
