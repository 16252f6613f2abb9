package dev.allot.gathering;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.UserId;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import java.util.List;

/**
 * Community events with seats. Every use case checks who may do it; an event the caller may not see
 * is a 404 {@code not-found}, as if it did not exist. Viewers browse; members host and join. Rule breaks
 * are 422 {@code rule-violated} ({@code event-in-the-past}, {@code ends-before-start}, {@code event-too-long},
 * {@code time-zone}, {@code event-started}, {@code event-closed}, {@code event-cancelled}, {@code event-over},
 * {@code seats-below-accepted}, {@code own-event}, {@code not-a-member}, {@code follow-self}); the
 * database holds the seats (never more accepted than seats: 409 {@code no-seats}), one participation per
 * person and event, and no one accepted at two events whose times overlap (409 {@code overlapping-event}).
 */
public interface Gatherings {

    int MAX_TITLE = 120;
    int MAX_DESCRIPTION = 4000;
    int MAX_PLACE = 200;
    int MAX_SEATS = 1000;
    int MAX_COMMENT = 1000;
    int MAX_MESSAGE = 2000;

    /** Publishes an event hosted by {@code host}, who is accepted at it from the start. */
    GatheringView publish(GatheringDraft draft, CurrentUser host);

    /** Changes an event before it starts (its host only); the seats cannot drop below those accepted. */
    GatheringView change(GatheringId id, GatheringDraft draft, CurrentUser host);

    /** Takes no more requests (its host only), or takes them again. */
    GatheringView close(GatheringId id, boolean closed, CurrentUser host);

    /** Calls an event off (its host, or an admin): every seat and the room are free. */
    GatheringView cancel(GatheringId id, CurrentUser actor);

    GatheringView gathering(GatheringId id, CurrentUser viewer);

    /** The event a short link's code opens, if the viewer may see it. */
    GatheringView byCode(String code, CurrentUser viewer);

    /** The event an invitation link opens, whoever follows it (404 for a wrong code or token). */
    GatheringView byInvitation(String code, String token, CurrentUser viewer);

    /**
     * Takes a seat through the host's invitation link, as if invited by name: 409 {@code no-seats}, 409
     * {@code rejected} for someone the host said no to.
     */
    ParticipantView acceptByInvitation(String code, String token, CurrentUser guest);

    Page<GatheringView> list(GatheringQuery query, PageRequest page, CurrentUser viewer);

    /** Asks to join (once per event); an invitation waiting for the caller is accepted instead. */
    ParticipantView ask(GatheringId id, CurrentUser guest);

    /** Invites someone (the host only): it holds no seat until they accept; someone who asked is accepted. */
    ParticipantView invite(GatheringId id, UserId person, CurrentUser host);

    /** The host accepts someone who asked (or was rejected before): 409 {@code no-seats} when none is left. */
    ParticipantView accept(GatheringId id, UserId person, CurrentUser host);

    /** The host says no to someone who asked, or to someone accepted, whose seat frees. */
    ParticipantView reject(GatheringId id, UserId person, CurrentUser host);

    /** The caller accepts the invitation they have: a seat, if one is left. */
    ParticipantView acceptInvitation(GatheringId id, CurrentUser guest);

    ParticipantView declineInvitation(GatheringId id, CurrentUser guest);

    /** The caller withdraws their request, or gives up their seat. */
    ParticipantView withdraw(GatheringId id, CurrentUser guest);

    /** Everyone at the event, the host first: for its host everyone in every state, for accepted guests those accepted. */
    List<ParticipantView> participants(GatheringId id, CurrentUser viewer);

    /** Follows a host (to see their followers-only events); following twice is following. */
    void follow(UserId host, CurrentUser follower);

    void unfollow(UserId host, CurrentUser follower);

    /** Whether {@code follower} follows {@code host}. */
    boolean follows(UserId follower, UserId host);

    /** The ratings given at an event, for its host and accepted guests (403 for others who see it). */
    List<RatingView> ratings(GatheringId id, CurrentUser viewer);

    /**
     * Rates someone after the event ({@code event-not-over} before its end): an accepted guest the host, the
     * host an accepted guest; once per pair (409 {@code already-rated}).
     */
    RatingView rate(GatheringId id, Rate rating, CurrentUser rater);

    /** Changes one's own rating, for 14 days after it was given ({@code rating-closed} then). */
    RatingView changeRating(GatheringId id, long ratingId, Rate rating, CurrentUser rater);

    void removeRating(GatheringId id, long ratingId, CurrentUser rater);

    /** Someone's ratings as host and as guest (anyone signed in; 404 for nobody). */
    PersonReputation reputation(UserId person, CurrentUser viewer);

    /** The event's chat after message {@code afterId} (0 for all, oldest first): its host and accepted guests only. */
    List<MessageView> messages(GatheringId id, long afterId, CurrentUser viewer);

    MessageView post(GatheringId id, String text, CurrentUser author);

    /** Changes one's own message. */
    MessageView editMessage(GatheringId id, long messageId, String text, CurrentUser author);

    /** Removes one's own message, or, for the host, anyone's. */
    void deleteMessage(GatheringId id, long messageId, CurrentUser actor);

    /**
     * Admins bring in an event that is over, with its guests and ratings, as it was: no news, no rules of
     * time (it must be over), the seats and the ratings' pairs checked (422 otherwise).
     */
    GatheringId importPast(PastGathering past, CurrentUser admin);
}
