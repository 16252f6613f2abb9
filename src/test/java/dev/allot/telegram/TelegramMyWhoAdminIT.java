package dev.allot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.booking.BookDeskDay;
import dev.allot.booking.Desks;
import dev.allot.booking.Guest;
import dev.allot.booking.JoinPresence;
import dev.allot.booking.PresenceStatus;
import dev.allot.booking.PresenceView;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.UserId;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteId;
import dev.allot.testing.Api;
import dev.allot.testing.Eventually;
import dev.allot.testing.FakeBotApi.Message;
import dev.allot.testing.FakeBotApi.TgUser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /my, /who, /admin and the buttons under notifications, end to end through the fake Bot API. */
class TelegramMyWhoAdminIT extends TelegramTest {

    static final String ZONE = "Europe/Berlin";

    @Autowired
    Desks desks;

    @Test
    void myBookingsAreListedAndOneIsCancelledAfterASecondThought() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        User member = member();
        long booking = bookDesk(member, desk);
        TgUser tg = linked(member);

        Message mine = say(tg, "/my");
        assertThat(mine.shown()).contains(nameOf(desk));
        Message sure = press(tg, mine, "1 · Cancel");
        assertThat(sure.shown()).startsWith("Cancel " + nameOf(desk));
        Message after = press(tg, sure, "Yes, cancel");

        assertThat(after.shown()).startsWith("Cancelled");
        assertThat(as(member).get("/api/v1/bookings/" + booking).json().get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void aMemberCannotCancelSomebodyElsesBookingWithAForgedButton() {
        long desk = resource(site(ZONE), "DESK", 1);
        User owner = member();
        long booking = bookDesk(owner, desk);
        TgUser intruder = linked(member());
        Message menu = say(intruder, "/menu");

        int update = bot().pressData(intruder, menu.messageId(), "my:cy:" + booking);
        settle(intruder, update);

        assertThat(answerTo(update).showAlert()).isTrue();
        assertThat(as(owner).get("/api/v1/bookings/" + booking).json().get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void whoIsInShowsMyTeamFirstGuestsWithHostsAndPeopleWithoutADesk() {
        long site = site(ZONE);
        String blue = unique("Blue");
        CurrentUser me = person("Me " + blue, blue, site);
        CurrentUser teammate = person("Zed " + blue, blue, site);
        CurrentUser other = person("Abe " + unique("Red"), "Red team", site);
        CurrentUser walker = person("Walker " + blue, "Walkers", site);
        LocalDate day = tomorrow(ZONE);
        desks.bookDay(new BookDeskDay(new ResourceId(resource(site, "DESK", 1)), day, null, null), other);
        desks.bookDay(new BookDeskDay(new ResourceId(resource(site, "DESK", 1)), day, null, null), teammate);
        desks.bookDay(new BookDeskDay(new ResourceId(resource(site, "DESK", 1)), day, new Guest("Greta Guest", null), null), other);
        desks.join(new JoinPresence(new SiteId(site), day, null, false), walker);
        TgUser tg = linked(new User(me.id().value(), null, null));

        Message today = say(tg, "/who");
        Message tomorrow = pressData(tg, today, "who:d:" + site + ":" + day);

        String text = tomorrow.shown();
        assertThat(text).contains("Your team (" + blue + ") first.");
        assertThat(text.indexOf("Zed " + blue)).as("my team first").isLessThan(text.indexOf(other.displayName()));
        assertThat(text).contains("Greta Guest (guest of " + other.displayName() + ")");
        assertThat(text).contains(walker.displayName() + " (Walkers) — without a desk");
    }

    @Test
    void whoIsInAsksSomeoneWithoutASiteForTheirsAndRemembersIt() {
        long site = site(ZONE);
        User member = member();
        TgUser tg = linked(member);

        Message ask = say(tg, "/who");
        assertThat(ask.shown()).isEqualTo("Which site do you work at? I’ll remember it.");
        Message who = pressData(tg, ask, "who:s:" + site);

        String siteName = as(admin()).get("/api/v1/sites/" + site).json().get("name").asString();
        assertThat(who.shown()).startsWith(siteName + ", ");
        assertThat(identity.currentUser(new UserId(member.id())).orElseThrow().homeSiteId()).isEqualTo(site);
    }

    @Test
    void anAdminDeletesABookingWithAReasonAndTheOwnerIsToldInTheirChat() {
        long desk = resource(site(ZONE), "DESK", 1);
        User owner = member();
        long booking = bookDesk(owner, desk);
        TgUser ownerChat = linked(owner);
        TgUser adminChat = linked(withRole("ADMIN"));

        Message admin = say(adminChat, "/admin");
        press(adminChat, admin, "Find a person");
        Message found = say(adminChat, owner.email());
        Message person = press(adminChat, found, "Member " + owner.email());
        Message reason = press(adminChat, person, "1 · Delete");
        assertThat(reason.shown()).contains("Type the reason");
        Message deleted = say(adminChat, "The floor is closed for painting");

        assertThat(deleted.shown()).startsWith("Deleted: " + nameOf(desk));
        Api.Response cancelled = as(owner).get("/api/v1/bookings/" + booking);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("reason").asString()).isEqualTo("The floor is closed for painting");
        Eventually.until("the owner is told in their chat", () -> bot().chat(ownerChat),
                chat -> chat.stream().anyMatch(m -> m.shown().contains("The floor is closed for painting")));
    }

    @Test
    void anAdminUnlinksATelegramAccountAndMembersCannotOpenAdmin() {
        User member = member();
        TgUser memberChat = linked(member);
        TgUser adminChat = linked(withRole("ADMIN"));

        assertThat(say(memberChat, "/admin").shown()).isEqualTo("You are not allowed to do this.");

        press(adminChat, say(adminChat, "/admin"), "Find a person");
        Message person = press(adminChat, say(adminChat, member.email()), "Member " + member.email());
        Message done = press(adminChat, person, "Unlink Telegram");
        assertThat(done.shown()).isEqualTo("Telegram unlinked from Member " + member.email() + ".");
        assertThat(identity.currentUserByTelegram(memberChat.id())).isEmpty();
        assertThat(say(memberChat, "/my").shown()).contains("Who are you?");
    }

    @Test
    void anAdminReadsTheEventLogOfOnePersonAndOfADay() {
        // Noon, so that "today" and "yesterday" (UTC) cannot turn over during the test.
        clock().set(LocalDate.now(clock().withZone(ZoneId.of("UTC"))).atTime(12, 0).atZone(ZoneId.of("UTC")).toInstant());
        User member = member();
        linked(member);
        TgUser adminChat = linked(withRole("ADMIN"));

        press(adminChat, say(adminChat, "/admin"), "Find a person");
        Message person = press(adminChat, say(adminChat, member.email()), "Member " + member.email());
        Message events = press(adminChat, person, "Their events");

        assertThat(events.shown()).contains("By Member " + member.email()).contains("person.telegram-linked user:" + member.id());
        Message today = press(adminChat, events, "Today");
        assertThat(today.shown()).contains("On ").contains("person.telegram-linked user:" + member.id());
        Message yesterday = press(adminChat, today, "Yesterday");
        assertThat(yesterday.shown()).doesNotContain("person.telegram-linked user:" + member.id());
    }

    @Test
    void aDeskOfferedFromTheLineIsAcceptedWithTheButtonUnderItsNotification() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        User holder = member();
        long booking = bookDesk(holder, desk);
        User waiting = member();
        TgUser tg = linked(waiting);
        CurrentUser waiter = identity.currentUser(new UserId(waiting.id())).orElseThrow();
        PresenceView place = desks.join(new JoinPresence(new SiteId(site), tomorrow(ZONE), null, true), waiter);
        assertThat(place.status()).isEqualTo(PresenceStatus.WAITING);

        assertThat(as(holder).post("/api/v1/bookings/" + booking + "/cancel", Map.of()).status()).isEqualTo(200);
        Message offer = Eventually.until("the offer reaches the chat", () -> bot().chat(tg).stream()
                .filter(m -> m.buttons().stream().anyMatch(b -> b.text().equals("Accept"))).findFirst(),
                java.util.Optional::isPresent).orElseThrow();

        String acceptData = offer.buttons().stream().filter(b -> b.text().equals("Accept")).findFirst().orElseThrow()
                .callbackData();
        Message accepted = press(tg, offer, "Accept");

        assertThat(accepted.shown()).startsWith("Accepted: " + nameOf(desk));
        assertThat(desks.myDeskDays(waiter)).extracting(b -> b.resourceId().value()).containsExactly(desk);
        int again = bot().pressData(tg, offer.messageId(), acceptData); // a second tap that was already on its way
        settle(tg, again);
        assertThat(answerTo(again).text()).isEqualTo("Already done.");
        assertThat(desks.myDeskDays(waiter)).hasSize(1);
    }

    @Test
    void aRoomForTheNextHourIsBookedWithOneTap() {
        long site = site(ZONE);
        long room = resource(site, "ROOM", 6);
        User member = member();
        identity.updatePreferences(new UserId(member.id()), null, site);
        TgUser tg = linked(member);

        Message rooms = say(tg, "/room");
        assertThat(rooms.shown()).startsWith("Free rooms at ");
        Message booked = press(tg, rooms, nameOf(room));

        assertThat(booked.shown()).startsWith("Booked: " + nameOf(room));
        assertThat(as(member).get("/api/v1/bookings?resourceId=" + room).json().toString()).contains("CONFIRMED");
    }

    private CurrentUser person(String name, String team, long site) {
        Api.Response added = as(admin()).post("/api/v1/people", Map.of("displayName", name, "team", team, "homeSiteId", site));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return identity.currentUser(new UserId(added.json().get("id").asLong())).orElseThrow();
    }

    private long bookDesk(User person, long desk) {
        Api.Response booked = as(person).post("/api/v1/bookings", Map.of("resourceId", desk, "day", tomorrow(ZONE).toString()));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.json().get("id").asLong();
    }
}
