package dev.allot.gathering.internal;

import dev.allot.gathering.GatheringId;
import dev.allot.gathering.Gatherings;
import dev.allot.gathering.MessageView;
import dev.allot.gathering.ParticipationState;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * An event's chat: its host and the guests accepted now read and write it (someone no longer accepted
 * loses it at once); each edits their own messages, and removes them, the host anyone's.
 */
@Component
class GatheringChat {

    private final GatheringRepository gatherings;
    private final MessageRepository messages;
    private final Identity identity;
    private final Clock clock;

    GatheringChat(GatheringRepository gatherings, MessageRepository messages, Identity identity, Clock clock) {
        this.gatherings = gatherings;
        this.messages = messages;
        this.identity = identity;
        this.clock = clock;
    }

    List<MessageView> after(GatheringId id, long afterId, CurrentUser viewer) {
        member(id, viewer);
        List<MessageRepository.Row> rows = messages.after(id.value(), Math.max(afterId, 0));
        Set<UserId> authors = new HashSet<>();
        rows.forEach(r -> authors.add(new UserId(r.authorId())));
        Map<UserId, UserView> names = identity.usersByIds(authors);
        return rows.stream().map(r -> view(r, names)).toList();
    }

    MessageView post(GatheringId id, String text, CurrentUser author) {
        GatheringRepository.Row g = member(id, author);
        if (g.state().equals("CANCELLED")) {
            throw GatheringRules.broken("event-cancelled", "id", "The event was called off");
        }
        long created = messages.insert(id.value(), author.id().value(), checked(text), clock.millis());
        return one(id, created);
    }

    MessageView edit(GatheringId id, long messageId, String text, CurrentUser author) {
        member(id, author);
        MessageRepository.Row row = messages.find(id.value(), messageId)
                .orElseThrow(() -> ProblemException.notFound("Message", messageId));
        if (row.authorId() != author.id().value()) {
            throw ProblemException.forbidden("Only its author changes a message");
        }
        messages.edit(id.value(), messageId, author.id().value(), checked(text), clock.millis());
        return one(id, messageId);
    }

    void delete(GatheringId id, long messageId, CurrentUser actor) {
        GatheringRepository.Row g = member(id, actor);
        MessageRepository.Row row = messages.find(id.value(), messageId)
                .orElseThrow(() -> ProblemException.notFound("Message", messageId));
        if (row.authorId() != actor.id().value() && !g.hostedBy(actor)) {
            throw ProblemException.forbidden("Only its author or the host removes a message");
        }
        messages.delete(id.value(), messageId);
    }

    /** The event, if the person is its host or accepted at it now. */
    private GatheringRepository.Row member(GatheringId id, CurrentUser person) {
        GatheringRepository.Row g = gatherings.visible(id.value(), person.id().value())
                .orElseThrow(() -> ProblemException.notFound("Event", id));
        if (!ParticipationState.ACCEPTED.name().equals(g.myState())) {
            throw ProblemException.forbidden("Only the host and accepted guests talk here");
        }
        return g;
    }

    private static String checked(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw ProblemException.invalidField("text", "must not be blank");
        }
        if (stripped.length() > Gatherings.MAX_MESSAGE) {
            throw ProblemException.invalidField("text", "is at most " + Gatherings.MAX_MESSAGE + " characters");
        }
        return stripped;
    }

    private MessageView one(GatheringId id, long messageId) {
        MessageRepository.Row row = messages.find(id.value(), messageId).orElseThrow();
        return view(row, identity.usersByIds(Set.of(new UserId(row.authorId()))));
    }

    private static MessageView view(MessageRepository.Row r, Map<UserId, UserView> names) {
        return new MessageView(r.id(), new GatheringId(r.gatheringId()), GatheringRatings.ref(new UserId(r.authorId()), names),
                r.text(), Instant.ofEpochMilli(r.createdAt()), r.editedAt() == null ? null : Instant.ofEpochMilli(r.editedAt()));
    }
}
