package dev.allot.gathering.internal;

import static dev.allot.gathering.ParticipationState.ACCEPTED;
import static dev.allot.gathering.ParticipationState.DECLINED;
import static dev.allot.gathering.ParticipationState.INVITED;
import static dev.allot.gathering.ParticipationState.REJECTED;
import static dev.allot.gathering.ParticipationState.REQUESTED;
import static dev.allot.gathering.ParticipationState.WITHDRAWN;

import dev.allot.booking.BookResource;
import dev.allot.booking.BookingId;
import dev.allot.booking.Bookings;
import dev.allot.booking.CancelBooking;
import dev.allot.booking.ChangeBooking;
import dev.allot.gathering.Film;
import dev.allot.gathering.GatheringCancelled;
import dev.allot.gathering.GatheringChanged;
import dev.allot.gathering.GatheringDraft;
import dev.allot.gathering.GatheringId;
import dev.allot.gathering.GatheringPublished;
import dev.allot.gathering.GatheringQuery;
import dev.allot.gathering.GatheringStatus;
import dev.allot.gathering.GatheringView;
import dev.allot.gathering.MessageView;
import dev.allot.gathering.PersonReputation;
import dev.allot.gathering.Rate;
import dev.allot.gathering.RatingView;
import dev.allot.gathering.Reputation;
import dev.allot.gathering.Gatherings;
import dev.allot.gathering.ParticipantView;
import dev.allot.gathering.PastGathering;
import dev.allot.gathering.Privacy;
import dev.allot.gathering.ParticipationChanged;
import dev.allot.gathering.ParticipationState;
import dev.allot.gathering.PersonRef;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.Role;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.CommandValidation;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.space.ResourceId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The use cases of community events. Every change is one transaction of conditional updates: a seat is
 * taken only while one is left ({@link GatheringRepository#takeSeat}), a participation moves only from
 * the state the use case expects ({@link ParticipantRepository#move}), and the database refuses a person
 * at two overlapping events. A room is booked through the booking module before the event is written,
 * and released again if the event is not.
 */
@Service
class GatheringsService implements Gatherings {

    private static final Logger log = LoggerFactory.getLogger(GatheringsService.class);
    private static final Set<ParticipationState> EVERY_STATE = EnumSet.allOf(ParticipationState.class);

    private final GatheringRepository gatherings;
    private final ParticipantRepository participants;
    private final FollowRepository follows;
    private final GatheringWrites writes;
    private final ShortCodes codes;
    private final Identity identity;
    private final Bookings bookings;
    private final CommandValidation validation;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final GatheringRatings ratings;
    private final GatheringChat chat;

    GatheringsService(GatheringRepository gatherings, ParticipantRepository participants, FollowRepository follows,
            GatheringWrites writes, ShortCodes codes, Identity identity, Bookings bookings,
            CommandValidation validation, ApplicationEventPublisher events, Clock clock, GatheringRatings ratings,
            GatheringChat chat) {
        this.gatherings = gatherings;
        this.participants = participants;
        this.follows = follows;
        this.writes = writes;
        this.codes = codes;
        this.identity = identity;
        this.bookings = bookings;
        this.validation = validation;
        this.events = events;
        this.clock = clock;
        this.ratings = ratings;
        this.chat = chat;
    }

    // --- the host ------------------------------------------------------------------------------------

    @Override
    public GatheringView publish(GatheringDraft draft, CurrentUser host) {
        host.require(Role.MEMBER, "Only members host events");
        validation.check(draft);
        Instant now = clock.instant();
        ZoneId zone = GatheringRules.check(draft, now);
        long start = draft.startsAt().toEpochMilli();
        long end = draft.endsAt().toEpochMilli();
        @Nullable BookingId room = draft.room() == null ? null : bookRoom(draft, host);
        try {
            long id = writes.write(() -> {
                long created = gatherings.insert(codes.next(), codes.token(), host.id().value(), fields(draft, zone, room),
                        now.toEpochMilli());
                participants.insert(created, host.id().value(), true, ACCEPTED, start, end, null, now.toEpochMilli());
                events.publishEvent(new GatheringPublished(new GatheringId(created), host.id(), now));
                return created;
            }, () -> atAnotherEvent(host.id(), start, end, -1, host));
            return gathering(new GatheringId(id), host);
        } catch (RuntimeException e) {
            releaseRoom(room, host);
            throw e;
        }
    }

    @Override
    public GatheringView change(GatheringId id, GatheringDraft draft, CurrentUser host) {
        validation.check(draft);
        Instant now = clock.instant();
        GatheringRepository.Row before = hostedBy(id, host, now);
        ZoneId zone = GatheringRules.check(draft, now);
        if (draft.seats() < before.taken()) {
            throw GatheringRules.broken("seats-below-accepted", "seats",
                    before.taken() + " guests are accepted: free their seats before you offer fewer");
        }
        long start = draft.startsAt().toEpochMilli();
        long end = draft.endsAt().toEpochMilli();
        boolean retimed = start != before.startsAt() || end != before.endsAt();
        @Nullable Long roomBefore = before.roomId();
        @Nullable Long roomAfter = draft.room() == null ? null : draft.room().value();
        // the same room keeps its booking, moved with the event; another room is booked anew, the old one freed
        boolean sameRoom = roomAfter != null && roomAfter.equals(roomBefore) && before.bookingId() != null;
        boolean move = sameRoom && retimed;
        boolean rebook = roomAfter != null && !sameRoom;
        @Nullable BookingId booking = rebook ? bookRoom(draft, host)
                : sameRoom ? new BookingId(Objects.requireNonNull(before.bookingId())) : null;
        if (move) {
            moveRoom(Objects.requireNonNull(booking), draft.startsAt(), draft.endsAt(), draft, host);
        }
        GatheringRepository.Fields fields = fields(draft, zone, booking);
        List<String> changed = changes(before, fields);
        try {
            writes.write(() -> {
                if (retimed) {
                    participants.retime(id.value(), start, end, now.toEpochMilli());
                }
                if (!gatherings.update(id.value(), fields, now.toEpochMilli())) {
                    throw GatheringRules.broken("seats-below-accepted", "seats",
                            "More guests are accepted than the seats you offer");
                }
                if (!changed.isEmpty()) {
                    events.publishEvent(new GatheringChanged(id, host.id(), changed, now));
                }
                return null;
            }, () -> participants.overlapping(host.id().value(), start, end, id.value()).isPresent()
                    ? atAnotherEvent(host.id(), start, end, id.value(), host)
                    : ProblemException.conflict("overlapping-event",
                            "Someone accepted is at another event at the new time: reject them first, or keep the time"));
        } catch (RuntimeException e) {
            if (rebook) {
                releaseRoom(booking, host);
            }
            if (move) {
                moveRoom(Objects.requireNonNull(booking), Instant.ofEpochMilli(before.startsAt()),
                        Instant.ofEpochMilli(before.endsAt()), draft, host);
            }
            throw e;
        }
        if (before.bookingId() != null && !sameRoom) {
            releaseRoom(new BookingId(before.bookingId()), host);
        }
        return gathering(id, host);
    }

    @Override
    public GatheringView close(GatheringId id, boolean closed, CurrentUser host) {
        Instant now = clock.instant();
        GatheringRepository.Row row = hostedBy(id, host, now);
        String to = closed ? "CLOSED" : "OPEN";
        if (!row.state().equals(to)) {
            writes.write(() -> {
                if (gatherings.setState(id.value(), closed ? "OPEN" : "CLOSED", to, now.toEpochMilli())) {
                    events.publishEvent(new GatheringChanged(id, host.id(), List.of("state"), now));
                }
                return null;
            }, GatheringWrites::noSeats);
        }
        return gathering(id, host);
    }

    @Override
    public GatheringView cancel(GatheringId id, CurrentUser actor) {
        Instant now = clock.instant();
        GatheringRepository.Row row = visible(id, actor);
        if (!row.hostedBy(actor) && !actor.isAdmin()) {
            throw ProblemException.forbidden("Only the host calls an event off");
        }
        if (row.state().equals("CANCELLED")) {
            return view(row, actor, now);
        }
        if (now.toEpochMilli() >= row.endsAt()) {
            throw GatheringRules.broken("event-over", "id", "The event is over");
        }
        writes.write(() -> {
            participants.releaseAll(id.value(), now.toEpochMilli());
            if (gatherings.setState(id.value(), row.state(), "CANCELLED", now.toEpochMilli())) {
                events.publishEvent(new GatheringCancelled(id, actor.id(), now));
            }
            return null;
        }, GatheringWrites::noSeats);
        if (row.bookingId() != null) {
            releaseRoom(new BookingId(row.bookingId()), actor);
        }
        return gathering(id, actor);
    }

    // --- reading ------------------------------------------------------------------------------------

    @Override
    public GatheringView gathering(GatheringId id, CurrentUser viewer) {
        return view(visible(id, viewer), viewer, clock.instant());
    }

    @Override
    public GatheringView byCode(String code, CurrentUser viewer) {
        return gatherings.visibleByCode(code, viewer.id().value())
                .map(row -> view(row, viewer, clock.instant()))
                .orElseThrow(() -> ProblemException.notFound("Event", code));
    }

    @Override
    public GatheringView byInvitation(String code, String token, CurrentUser viewer) {
        return gatherings.byInvitation(code, token, viewer.id().value())
                .map(row -> view(row, viewer, clock.instant()))
                .orElseThrow(() -> ProblemException.notFound("Invitation", code));
    }

    @Override
    public ParticipantView acceptByInvitation(String code, String token, CurrentUser guest) {
        guest.require(Role.MEMBER, "Only members join events");
        Instant now = clock.instant();
        GatheringRepository.Row row = live(gatherings.byInvitation(code, token, guest.id().value())
                .orElseThrow(() -> ProblemException.notFound("Invitation", code)), now);
        if (row.hostedBy(guest)) {
            throw GatheringRules.broken("own-event", "id", "You host this event");
        }
        GatheringId id = new GatheringId(row.id());
        @Nullable ParticipationState state = stateOf(id, guest.id());
        if (state == ACCEPTED) {
            return participantOf(id, guest.id());
        }
        if (state == REJECTED) {
            throw ProblemException.conflict("rejected", "The host said no");
        }
        if (state != INVITED) {
            UserId host = new UserId(row.hostId());
            writes.write(() -> {
                if (state == null) {
                    participants.insert(row.id(), guest.id().value(), false, INVITED, row.startsAt(), row.endsAt(),
                            host.value(), now.toEpochMilli());
                } else if (!participants.move(row.id(), guest.id().value(), EnumSet.of(REQUESTED, DECLINED, WITHDRAWN),
                        INVITED, host.value(), now.toEpochMilli())) {
                    throw ProblemException.conflict("participation-changed", "The answer changed meanwhile: try again");
                }
                return null;
            }, GatheringWrites::noSeats);
        }
        seat(row, guest.id(), EnumSet.of(INVITED), guest, now);
        return participantOf(id, guest.id());
    }

    @Override
    public Page<GatheringView> list(GatheringQuery query, PageRequest page, CurrentUser viewer) {
        Instant now = clock.instant();
        long me = viewer.id().value();
        List<GatheringRepository.Row> rows = gatherings.list(query, page, me, now.toEpochMilli());
        long total = rows.size() < page.size() && (page.page() == 0 || !rows.isEmpty())
                ? page.offset() + rows.size()
                : gatherings.count(query, me, now.toEpochMilli());
        Set<Long> hostIds = new HashSet<>(rows.stream().map(GatheringRepository.Row::hostId).toList());
        Map<UserId, UserView> hosts = identity.usersByIds(new HashSet<>(hostIds.stream().map(UserId::new).toList()));
        Map<Long, Reputation> reputations = ratings.asHosts(hostIds);
        return new Page<>(rows.stream().map(r -> view(r, viewer, now, hosts, reputations)).toList(), page.page(),
                page.size(), total);
    }

    @Override
    public List<ParticipantView> participants(GatheringId id, CurrentUser viewer) {
        GatheringRepository.Row row = visible(id, viewer);
        Set<ParticipationState> shown;
        if (row.hostedBy(viewer)) {
            shown = EVERY_STATE;
        } else if (ACCEPTED.name().equals(row.myState())) {
            shown = EnumSet.of(ACCEPTED);
        } else {
            throw ProblemException.forbidden("Only the host and accepted guests see who comes");
        }
        List<ParticipantRepository.Row> rows = participants.of(id.value(), shown);
        Set<UserId> people = new HashSet<>();
        for (ParticipantRepository.Row r : rows) {
            people.add(new UserId(r.personId()));
            if (r.invitedBy() != null) {
                people.add(new UserId(r.invitedBy()));
            }
        }
        Map<UserId, UserView> names = identity.usersByIds(people);
        Set<Long> ids = new HashSet<>(rows.stream().map(ParticipantRepository.Row::personId).toList());
        Map<Long, Reputation> asGuests = ratings.asGuests(ids);
        Map<Long, Reputation> asHost = ratings.asHosts(Set.of(row.hostId()));
        return rows.stream().map(r -> participant(r, names, (r.host() ? asHost : asGuests)
                .getOrDefault(r.personId(), Reputation.NONE))).toList();
    }

    // --- guests -------------------------------------------------------------------------------------

    @Override
    public ParticipantView ask(GatheringId id, CurrentUser guest) {
        guest.require(Role.MEMBER, "Only members join events");
        Instant now = clock.instant();
        GatheringRepository.Row row = live(visible(id, guest), now);
        if (row.hostedBy(guest)) {
            throw GatheringRules.broken("own-event", "id", "You host this event");
        }
        Optional<ParticipantRepository.Row> mine = participants.find(id.value(), guest.id().value());
        if (mine.isPresent() && mine.get().state() == INVITED) {
            return acceptInvitation(id, guest);
        }
        if (mine.isPresent()) {
            throw ProblemException.conflict("already-asked", "You already asked to join this event")
                    .with("state", mine.get().state().name());
        }
        if (row.state().equals("CLOSED")) {
            throw GatheringRules.broken("event-closed", "id", "The host takes no more requests");
        }
        writes.write(() -> {
            participants.insert(id.value(), guest.id().value(), false, REQUESTED, row.startsAt(), row.endsAt(), null,
                    now.toEpochMilli());
            events.publishEvent(new ParticipationChanged(id, guest.id(), null, REQUESTED, guest.id(), now));
            return null;
        }, GatheringWrites::noSeats);
        return participantOf(id, guest.id());
    }

    @Override
    public ParticipantView acceptInvitation(GatheringId id, CurrentUser guest) {
        Instant now = clock.instant();
        GatheringRepository.Row row = live(visible(id, guest), now);
        ParticipationState state = stateOf(id, guest.id());
        if (state == ACCEPTED) {
            return participantOf(id, guest.id());
        }
        if (state != INVITED) {
            throw ProblemException.conflict("not-invited", "You have no invitation to this event");
        }
        seat(row, guest.id(), EnumSet.of(INVITED), guest, now);
        return participantOf(id, guest.id());
    }

    @Override
    public ParticipantView declineInvitation(GatheringId id, CurrentUser guest) {
        Instant now = clock.instant();
        live(visible(id, guest), now);
        move(id, guest.id(), EnumSet.of(INVITED), DECLINED, guest, now,
                () -> ProblemException.conflict("not-invited", "You have no invitation to this event"));
        return participantOf(id, guest.id());
    }

    @Override
    public ParticipantView withdraw(GatheringId id, CurrentUser guest) {
        Instant now = clock.instant();
        live(visible(id, guest), now);
        ParticipationState state = stateOf(id, guest.id());
        writes.write(() -> {
            if (participants.move(id.value(), guest.id().value(), EnumSet.of(ACCEPTED), WITHDRAWN, null, now.toEpochMilli())) {
                gatherings.releaseSeat(id.value(), now.toEpochMilli());
            } else if (!participants.move(id.value(), guest.id().value(), EnumSet.of(REQUESTED), WITHDRAWN, null,
                    now.toEpochMilli())) {
                throw ProblemException.conflict("nothing-to-withdraw", "You have no request or seat at this event");
            }
            events.publishEvent(new ParticipationChanged(id, guest.id(), state, WITHDRAWN, guest.id(), now));
            return null;
        }, GatheringWrites::noSeats);
        return participantOf(id, guest.id());
    }

    // --- the host and their guests ------------------------------------------------------------------

    @Override
    public ParticipantView invite(GatheringId id, UserId person, CurrentUser host) {
        Instant now = clock.instant();
        GatheringRepository.Row row = live(hostedBy(id, host, now), now);
        if (person.equals(host.id())) {
            throw GatheringRules.broken("own-event", "personId", "You host this event");
        }
        UserView invited = identity.findUser(person).filter(UserView::active)
                .orElseThrow(() -> ProblemException.unknownReference("personId", "Person", person));
        if (!invited.role().includes(Role.MEMBER)) {
            throw GatheringRules.broken("not-a-member", "personId", invited.displayName() + " cannot join events");
        }
        @Nullable ParticipationState state = participants.find(id.value(), person.value())
                .map(ParticipantRepository.Row::state).orElse(null);
        if (state == REQUESTED) {
            return accept(id, person, host);
        }
        if (state == INVITED || state == ACCEPTED) {
            return participantOf(id, person);
        }
        writes.write(() -> {
            if (state == null) {
                participants.insert(id.value(), person.value(), false, INVITED, row.startsAt(), row.endsAt(),
                        host.id().value(), now.toEpochMilli());
            } else if (!participants.move(id.value(), person.value(), EnumSet.of(REJECTED, DECLINED, WITHDRAWN), INVITED,
                    host.id().value(), now.toEpochMilli())) {
                throw ProblemException.conflict("participation-changed", "Their answer changed meanwhile: try again");
            }
            events.publishEvent(new ParticipationChanged(id, person, state, INVITED, host.id(), now));
            return null;
        }, GatheringWrites::noSeats);
        return participantOf(id, person);
    }

    @Override
    public ParticipantView accept(GatheringId id, UserId person, CurrentUser host) {
        Instant now = clock.instant();
        GatheringRepository.Row row = live(hostedBy(id, host, now), now);
        ParticipationState state = stateOf(id, person);
        if (state == ACCEPTED) {
            return participantOf(id, person);
        }
        if (state != REQUESTED && state != REJECTED) {
            throw ProblemException.conflict("not-requested", "They have not asked to join").with("state",
                    state == null ? "NONE" : state.name());
        }
        seat(row, person, EnumSet.of(REQUESTED, REJECTED), host, now);
        return participantOf(id, person);
    }

    @Override
    public ParticipantView reject(GatheringId id, UserId person, CurrentUser host) {
        Instant now = clock.instant();
        live(hostedBy(id, host, now), now);
        ParticipationState state = stateOf(id, person);
        if (state == REJECTED) {
            return participantOf(id, person);
        }
        writes.write(() -> {
            if (participants.move(id.value(), person.value(), EnumSet.of(ACCEPTED), REJECTED, null, now.toEpochMilli())) {
                gatherings.releaseSeat(id.value(), now.toEpochMilli());
            } else if (!participants.move(id.value(), person.value(), EnumSet.of(REQUESTED, INVITED), REJECTED, null,
                    now.toEpochMilli())) {
                throw ProblemException.conflict("not-requested", "They have no request, invitation or seat to reject");
            }
            events.publishEvent(new ParticipationChanged(id, person, state, REJECTED, host.id(), now));
            return null;
        }, GatheringWrites::noSeats);
        return participantOf(id, person);
    }

    // --- following ----------------------------------------------------------------------------------

    @Override
    public void follow(UserId host, CurrentUser follower) {
        if (host.equals(follower.id())) {
            throw GatheringRules.broken("follow-self", "id", "You cannot follow yourself");
        }
        identity.findUser(host).filter(UserView::active).orElseThrow(() -> ProblemException.notFound("Person", host));
        follows.follow(follower.id().value(), host.value(), clock.millis());
    }

    @Override
    public void unfollow(UserId host, CurrentUser follower) {
        identity.findUser(host).orElseThrow(() -> ProblemException.notFound("Person", host));
        follows.unfollow(follower.id().value(), host.value());
    }

    @Override
    public boolean follows(UserId follower, UserId host) {
        return follows.follows(follower.value(), host.value());
    }

    // --- after the event, and the chat ---------------------------------------------------------------

    @Override
    public List<RatingView> ratings(GatheringId id, CurrentUser viewer) {
        return ratings.ratings(id, viewer);
    }

    @Override
    public RatingView rate(GatheringId id, Rate rating, CurrentUser rater) {
        return ratings.rate(id, rating, rater);
    }

    @Override
    public RatingView changeRating(GatheringId id, long ratingId, Rate rating, CurrentUser rater) {
        return ratings.change(id, ratingId, rating, rater);
    }

    @Override
    public void removeRating(GatheringId id, long ratingId, CurrentUser rater) {
        ratings.remove(id, ratingId, rater);
    }

    @Override
    public PersonReputation reputation(UserId person, CurrentUser viewer) {
        return ratings.reputation(person, viewer);
    }

    @Override
    public List<MessageView> messages(GatheringId id, long afterId, CurrentUser viewer) {
        return chat.after(id, afterId, viewer);
    }

    @Override
    public MessageView post(GatheringId id, String text, CurrentUser author) {
        return chat.post(id, text, author);
    }

    @Override
    public MessageView editMessage(GatheringId id, long messageId, String text, CurrentUser author) {
        return chat.edit(id, messageId, text, author);
    }

    @Override
    public void deleteMessage(GatheringId id, long messageId, CurrentUser actor) {
        chat.delete(id, messageId, actor);
    }

    @Override
    public GatheringId importPast(PastGathering past, CurrentUser admin) {
        admin.requireAdmin("Only admins bring in past events");
        Instant now = clock.instant();
        ZoneId zone = GatheringRules.zone(past.timeZone());
        if (past.endsAt().isAfter(now) || !past.endsAt().isAfter(past.startsAt())) {
            throw GatheringRules.broken("not-over", "endsAt", "A past event ended before now, after it started");
        }
        if (past.guests().size() > past.seats() || past.guests().contains(past.host())
                || new HashSet<>(past.guests()).size() != past.guests().size()) {
            throw GatheringRules.broken("seats", "guests", "The guests are distinct, not the host, and fit the seats");
        }
        Set<UserId> came = new HashSet<>(past.guests());
        for (PastGathering.PastRating r : past.ratings()) {
            boolean guestOfHost = came.contains(r.by()) && r.of().equals(past.host());
            boolean hostOfGuest = r.by().equals(past.host()) && came.contains(r.of());
            if (!(guestOfHost || hostOfGuest) || r.score() < 1 || r.score() > 5) {
                throw GatheringRules.broken("ratings", "ratings", "Guests rate the host and the host the guests, 1 to 5");
            }
        }
        long start = past.startsAt().toEpochMilli();
        long end = past.endsAt().toEpochMilli();
        return new GatheringId(writes.write(() -> {
            long id = gatherings.insert(codes.next(), null, past.host().value(), new GatheringRepository.Fields(past.title(),
                    past.description(), past.film() == null ? null : past.film().title(),
                    past.film() == null ? null : past.film().year(), past.film() == null ? null : past.film().link(), start,
                    end, zone.getId(), past.place(), null, null, Privacy.PUBLIC, true, null, past.seats()), now.toEpochMilli());
            participants.insert(id, past.host().value(), true, ACCEPTED, start, end, null, now.toEpochMilli());
            for (UserId guest : past.guests()) {
                participants.insert(id, guest.value(), false, ACCEPTED, start, end, null, now.toEpochMilli());
                gatherings.takeSeatOfThePast(id);
            }
            for (PastGathering.PastRating r : past.ratings()) {
                ratings.imported(id, r, past.host(), end);
            }
            return id;
        }, () -> ProblemException.conflict("overlapping-event", "Someone was at another event at that time")));
    }

    // --- how -----------------------------------------------------------------------------------------

    /**
     * Seats {@code person}: their row moves to ACCEPTED (the overlap guard checks it), then one seat is
     * taken by a conditional update; with none left the whole transaction rolls back as 409 no-seats.
     */
    private void seat(GatheringRepository.Row row, UserId person, Set<ParticipationState> from, CurrentUser actor,
            Instant now) {
        GatheringId id = new GatheringId(row.id());
        ParticipationState before = stateOf(id, person);
        writes.write(() -> {
            if (!participants.move(row.id(), person.value(), from, ACCEPTED, null, now.toEpochMilli())) {
                throw ProblemException.conflict("participation-changed", "The answer changed meanwhile: try again");
            }
            if (!gatherings.takeSeat(row.id(), now.toEpochMilli())) {
                throw GatheringWrites.noSeats();
            }
            events.publishEvent(new ParticipationChanged(id, person, before, ACCEPTED, actor.id(), now));
            return null;
        }, () -> atAnotherEvent(person, row.startsAt(), row.endsAt(), row.id(), actor));
    }

    private void move(GatheringId id, UserId person, Set<ParticipationState> from, ParticipationState to,
            CurrentUser actor, Instant now, java.util.function.Supplier<ProblemException> otherwise) {
        ParticipationState before = stateOf(id, person);
        writes.write(() -> {
            if (!participants.move(id.value(), person.value(), from, to, null, now.toEpochMilli())) {
                throw otherwise.get();
            }
            events.publishEvent(new ParticipationChanged(id, person, before, to, actor.id(), now));
            return null;
        }, GatheringWrites::noSeats);
    }

    /** The 409 for {@code person} accepted at another event overlapping [start, end), named if the caller may see it. */
    private ProblemException atAnotherEvent(UserId person, long start, long end, long except, CurrentUser caller) {
        boolean self = person.equals(caller.id());
        Optional<GatheringRepository.Row> other = participants.overlapping(person.value(), start, end, except)
                .flatMap(otherId -> gatherings.visible(otherId, caller.id().value()));
        String who = self ? "You are" : "They are";
        ProblemException problem = ProblemException.conflict("overlapping-event",
                other.map(o -> who + " at \"" + o.title() + "\" at that time").orElse(who + " at another event at that time"));
        other.ifPresent(o -> problem.with("conflict", Map.of("eventId", o.id(), "title", o.title(),
                "startsAt", Instant.ofEpochMilli(o.startsAt()).toString(), "endsAt", Instant.ofEpochMilli(o.endsAt()).toString())));
        return problem;
    }

    private GatheringRepository.Row visible(GatheringId id, CurrentUser viewer) {
        return gatherings.visible(id.value(), viewer.id().value())
                .orElseThrow(() -> ProblemException.notFound("Event", id));
    }

    /** The event, if {@code host} hosts it: 404 when they may not see it, 403 when it is someone else's. */
    private GatheringRepository.Row hostedBy(GatheringId id, CurrentUser host, Instant now) {
        GatheringRepository.Row row = visible(id, host);
        if (!row.hostedBy(host)) {
            throw ProblemException.forbidden("Only the host does this");
        }
        return live(row, now);
    }

    /** The event, if it is neither cancelled nor started: people change their plans only before it. */
    private static GatheringRepository.Row live(GatheringRepository.Row row, Instant now) {
        if (row.state().equals("CANCELLED")) {
            throw GatheringRules.broken("event-cancelled", "id", "The event was called off");
        }
        if (now.toEpochMilli() >= row.startsAt()) {
            throw GatheringRules.broken("event-started", "id", "The event has started");
        }
        return row;
    }

    private @Nullable ParticipationState stateOf(GatheringId id, UserId person) {
        return participants.find(id.value(), person.value()).map(ParticipantRepository.Row::state).orElse(null);
    }

    private ParticipantView participantOf(GatheringId id, UserId person) {
        ParticipantRepository.Row row = participants.find(id.value(), person.value())
                .orElseThrow(() -> ProblemException.notFound("Participation", person));
        Set<UserId> people = new HashSet<>(List.of(person));
        if (row.invitedBy() != null) {
            people.add(new UserId(row.invitedBy()));
        }
        Map<Long, Reputation> reputation = row.host() ? ratings.asHosts(Set.of(row.personId()))
                : ratings.asGuests(Set.of(row.personId()));
        return participant(row, identity.usersByIds(people), reputation.getOrDefault(row.personId(), Reputation.NONE));
    }

    private BookingId bookRoom(GatheringDraft draft, CurrentUser host) {
        ResourceId room = Objects.requireNonNull(draft.room());
        int attendees = Math.min(draft.seats() + 1, Bookings.MAX_ATTENDEES);
        String title = draft.title().strip();
        return bookings.book(new BookResource(room, draft.startsAt(), draft.endsAt(),
                title.length() > Bookings.MAX_TITLE ? title.substring(0, Bookings.MAX_TITLE) : title, attendees,
                null, null), host).booking().id();
    }

    /** Moves the event's room booking to [start, end): 409 when the room is taken then. */
    private void moveRoom(BookingId booking, Instant start, Instant end, GatheringDraft draft, CurrentUser host) {
        String title = draft.title().strip();
        bookings.change(new ChangeBooking(booking, start, end,
                title.length() > Bookings.MAX_TITLE ? title.substring(0, Bookings.MAX_TITLE) : title,
                Math.min(draft.seats() + 1, Bookings.MAX_ATTENDEES), null), host);
    }

    /** Gives the room back; a room that cannot be given back (cancelled meanwhile) is left as it is. */
    private void releaseRoom(@Nullable BookingId booking, CurrentUser actor) {
        if (booking == null) {
            return;
        }
        try {
            CurrentUser booker = identity.currentUser(bookings.booking(booking).bookedBy()).orElse(actor);
            bookings.cancel(new CancelBooking(booking, null), booker);
        } catch (ProblemException e) {
            log.info("The room booking {} of an event was not cancelled: {}", booking, e.getMessage());
        }
    }

    private static GatheringRepository.Fields fields(GatheringDraft d, ZoneId zone, @Nullable BookingId booking) {
        Film film = d.film();
        return new GatheringRepository.Fields(d.title().strip(), blankToNull(d.description()),
                film == null ? null : film.title().strip(), film == null ? null : film.year(),
                film == null ? null : blankToNull(film.link()), d.startsAt().toEpochMilli(), d.endsAt().toEpochMilli(),
                zone.getId(), blankToNull(d.place()), d.room() == null ? null : d.room().value(),
                booking == null ? null : booking.value(), d.privacy(), d.free(), d.free() ? null : blankToNull(d.priceNote()),
                d.seats());
    }

    /** What a change changed, by the draft's field names, for the people told of it. */
    private static List<String> changes(GatheringRepository.Row b, GatheringRepository.Fields a) {
        List<String> changed = new ArrayList<>();
        Stream.of(
                new Object[] {"title", b.title(), a.title()},
                new Object[] {"description", b.description(), a.description()},
                new Object[] {"film", List.of(String.valueOf(b.filmTitle()), String.valueOf(b.filmYear()), String.valueOf(b.filmLink())),
                        List.of(String.valueOf(a.filmTitle()), String.valueOf(a.filmYear()), String.valueOf(a.filmLink()))},
                new Object[] {"startsAt", b.startsAt(), a.startsAt()},
                new Object[] {"endsAt", b.endsAt(), a.endsAt()},
                new Object[] {"timeZone", b.timeZone(), a.timeZone()},
                new Object[] {"place", b.place(), a.place()},
                new Object[] {"room", b.roomId(), a.roomId()},
                new Object[] {"privacy", b.privacy(), a.privacy()},
                new Object[] {"free", b.free(), a.free()},
                new Object[] {"priceNote", b.priceNote(), a.priceNote()},
                new Object[] {"seats", b.seats(), a.seats()})
                .filter(f -> !Objects.equals(f[1], f[2]))
                .forEach(f -> changed.add((String) f[0]));
        return changed;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private GatheringView view(GatheringRepository.Row row, CurrentUser viewer, Instant now) {
        return view(row, viewer, now, identity.usersByIds(Set.of(new UserId(row.hostId()))),
                ratings.asHosts(Set.of(row.hostId())));
    }

    private static GatheringView view(GatheringRepository.Row r, CurrentUser viewer, Instant now,
            Map<UserId, UserView> people, Map<Long, Reputation> hostRatings) {
        UserId hostId = new UserId(r.hostId());
        boolean host = hostId.equals(viewer.id());
        return new GatheringView(new GatheringId(r.id()), r.code(), person(hostId, people), r.title(), r.description(),
                r.filmTitle() == null ? null : new Film(r.filmTitle(), r.filmYear(), r.filmLink()),
                Instant.ofEpochMilli(r.startsAt()), Instant.ofEpochMilli(r.endsAt()), ZoneId.of(r.timeZone()), r.place(),
                r.roomId() == null ? null : new ResourceId(r.roomId()), r.privacy(), r.free(), r.priceNote(), r.seats(),
                r.taken(), status(r, now), r.myState() == null ? null : ParticipationState.valueOf(r.myState()),
                host ? r.waiting() : null, host ? r.inviteToken() : null, hostRatings.getOrDefault(r.hostId(), Reputation.NONE),
                Instant.ofEpochMilli(r.createdAt()), Instant.ofEpochMilli(r.updatedAt()));
    }

    static GatheringStatus status(GatheringRepository.Row r, Instant now) {
        if (r.state().equals("CANCELLED")) {
            return GatheringStatus.CANCELLED;
        }
        if (now.toEpochMilli() >= r.endsAt()) {
            return GatheringStatus.DONE;
        }
        if (r.state().equals("CLOSED")) {
            return GatheringStatus.CLOSED;
        }
        return r.taken() >= r.seats() ? GatheringStatus.FULL : GatheringStatus.PUBLISHED;
    }

    private static ParticipantView participant(ParticipantRepository.Row r, Map<UserId, UserView> people,
            Reputation rating) {
        return new ParticipantView(new GatheringId(r.gatheringId()), person(new UserId(r.personId()), people), r.host(),
                r.state(), r.invitedBy() == null ? null : person(new UserId(r.invitedBy()), people), rating,
                Instant.ofEpochMilli(r.createdAt()), Instant.ofEpochMilli(r.updatedAt()));
    }

    private static PersonRef person(UserId id, Map<UserId, UserView> people) {
        UserView user = people.get(id);
        return new PersonRef(id, user == null ? "#" + id.value() : user.displayName());
    }
}
