package dev.allot.gathering.internal;

import dev.allot.gathering.GatheringId;
import dev.allot.gathering.GatheringStatus;
import dev.allot.gathering.ParticipationState;
import dev.allot.gathering.PersonRef;
import dev.allot.gathering.PersonReputation;
import dev.allot.gathering.Rate;
import dev.allot.gathering.RatingView;
import dev.allot.gathering.Reputation;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.CommandValidation;
import dev.allot.platform.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Ratings after an event: accepted guests rate the host, the host rates each accepted guest, once per
 * pair, from the event's end; their authors change or remove them for {@link #EDITABLE} after giving them.
 */
@Component
class GatheringRatings {

    static final Duration EDITABLE = Duration.ofDays(14);

    private final GatheringRepository gatherings;
    private final ParticipantRepository participants;
    private final RatingRepository ratings;
    private final Identity identity;
    private final CommandValidation validation;
    private final Clock clock;

    GatheringRatings(GatheringRepository gatherings, ParticipantRepository participants, RatingRepository ratings,
            Identity identity, CommandValidation validation, Clock clock) {
        this.gatherings = gatherings;
        this.participants = participants;
        this.ratings = ratings;
        this.identity = identity;
        this.validation = validation;
        this.clock = clock;
    }

    List<RatingView> ratings(GatheringId id, CurrentUser viewer) {
        attended(id, viewer);
        List<RatingRepository.Row> rows = ratings.of(id.value());
        Set<UserId> people = new HashSet<>();
        rows.forEach(r -> {
            people.add(new UserId(r.raterId()));
            people.add(new UserId(r.ratedId()));
        });
        Map<UserId, UserView> names = identity.usersByIds(people);
        return rows.stream().map(r -> view(r, names)).toList();
    }

    RatingView rate(GatheringId id, Rate rating, CurrentUser rater) {
        validation.check(rating);
        GatheringRepository.Row g = attended(id, rater);
        if (GatheringsService.status(g, clock.instant()) != GatheringStatus.DONE) {
            throw GatheringRules.broken("event-not-over", "id", "Ratings open when the event is over");
        }
        boolean byHost = g.hostedBy(rater);
        UserId rated;
        if (byHost) {
            if (rating.person() == null) {
                throw ProblemException.invalidField("personId", "names the guest you rate");
            }
            rated = rating.person();
            boolean guest = participants.find(g.id(), rated.value())
                    .filter(p -> !p.host() && p.state() == ParticipationState.ACCEPTED).isPresent();
            if (!guest) {
                throw GatheringRules.broken("not-a-guest", "personId", "Only guests who came can be rated");
            }
        } else {
            rated = new UserId(g.hostId());
            if (rating.person() != null && !rating.person().equals(rated)) {
                throw GatheringRules.broken("rate-host-only", "personId", "Guests rate the host");
            }
        }
        long created;
        try {
            created = ratings.insert(g.id(), rater.id().value(), rated.value(), !byHost, rating.score(),
                    blankToNull(rating.comment()), clock.millis());
        } catch (DataAccessException e) {
            if (GatheringWrites.violates(e, RatingRepository.ONE_PER_PAIR)) {
                throw ProblemException.conflict("already-rated", "You rated them for this event already: change that rating");
            }
            throw e;
        }
        return one(id, created);
    }

    RatingView change(GatheringId id, long ratingId, Rate rating, CurrentUser rater) {
        validation.check(rating);
        RatingRepository.Row row = ownEditable(id, ratingId, rater);
        ratings.update(row.id(), rater.id().value(), rating.score(), blankToNull(rating.comment()), clock.millis());
        return one(id, ratingId);
    }

    void remove(GatheringId id, long ratingId, CurrentUser rater) {
        ratings.delete(ownEditable(id, ratingId, rater).id());
    }

    /** A rating of an event brought in as it was, given at its end. */
    void imported(long gatheringId, dev.allot.gathering.PastGathering.PastRating r, UserId host, long at) {
        ratings.insert(gatheringId, r.by().value(), r.of().value(), r.of().equals(host), r.score(), blankToNull(r.comment()),
                at);
    }

    PersonReputation reputation(UserId person, CurrentUser viewer) {
        UserView user = identity.findUser(person).orElseThrow(() -> ProblemException.notFound("Person", person));
        return new PersonReputation(new PersonRef(person, user.displayName()),
                ratings.reputations(List.of(person.value()), true).getOrDefault(person.value(), Reputation.NONE),
                ratings.reputations(List.of(person.value()), false).getOrDefault(person.value(), Reputation.NONE));
    }

    Map<Long, Reputation> asHosts(Set<Long> people) {
        return ratings.reputations(people, true);
    }

    Map<Long, Reputation> asGuests(Set<Long> people) {
        return ratings.reputations(people, false);
    }

    private RatingRepository.Row ownEditable(GatheringId id, long ratingId, CurrentUser rater) {
        attended(id, rater);
        RatingRepository.Row row = ratings.find(id.value(), ratingId)
                .filter(r -> r.raterId() == rater.id().value())
                .orElseThrow(() -> ProblemException.notFound("Rating", ratingId));
        if (!clock.instant().isBefore(Instant.ofEpochMilli(row.createdAt()).plus(EDITABLE))) {
            throw GatheringRules.broken("rating-closed", "id", "A rating can be changed for 14 days after it was given");
        }
        return row;
    }

    /** The event, if the person was accepted at it (its host too): 404 when they may not see it, 403 otherwise. */
    private GatheringRepository.Row attended(GatheringId id, CurrentUser person) {
        GatheringRepository.Row g = gatherings.visible(id.value(), person.id().value())
                .orElseThrow(() -> ProblemException.notFound("Event", id));
        if (!ParticipationState.ACCEPTED.name().equals(g.myState())) {
            throw ProblemException.forbidden("Only the host and the guests who came rate an event");
        }
        return g;
    }

    private RatingView one(GatheringId id, long ratingId) {
        RatingRepository.Row row = ratings.find(id.value(), ratingId).orElseThrow();
        return view(row, identity.usersByIds(Set.of(new UserId(row.raterId()), new UserId(row.ratedId()))));
    }

    private static RatingView view(RatingRepository.Row r, Map<UserId, UserView> names) {
        Instant created = Instant.ofEpochMilli(r.createdAt());
        return new RatingView(r.id(), new GatheringId(r.gatheringId()), ref(new UserId(r.raterId()), names),
                ref(new UserId(r.ratedId()), names), r.ofHost(), r.score(), r.comment(), created,
                Instant.ofEpochMilli(r.updatedAt()), created.plus(EDITABLE));
    }

    static PersonRef ref(UserId id, Map<UserId, UserView> names) {
        UserView user = names.get(id);
        return new PersonRef(id, user == null ? "#" + id.value() : user.displayName());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
