package dev.allot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.booking.BookingView;
import dev.allot.booking.Desks;
import dev.allot.identity.UserId;
import dev.allot.testing.Api;
import dev.allot.testing.FakeBotApi;
import dev.allot.testing.FakeBotApi.Message;
import dev.allot.testing.FakeBotApi.TgUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Booking desks in the chat: a day, a desk, a desk taken meanwhile, the waiting list, a guest, a double tap, a race. */
class TelegramDesksIT extends TelegramTest {

    static final String ZONE = "Europe/Berlin";

    @Autowired
    Desks desks;

    @Test
    void aPersonBooksTomorrowsDeskWithTwoTaps() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        User member = member();
        TgUser tg = atHome(member, site);

        Message days = say(tg, "/book");
        assertThat(days.shown()).contains("Pick a day");
        Message free = pressData(tg, days, "book:d:" + site + ":" + tomorrow(ZONE));
        assertThat(free.shown()).contains("1 free");

        Message booked = press(tg, free, nameOf(desk));
        assertThat(booked.shown()).startsWith("Booked: " + nameOf(desk));
        assertThat(deskDays(member)).extracting(b -> b.resourceId().value()).containsExactly(desk);
        System.out.println("Transcript of booking a desk:\n" + transcript(tg));
    }

    @Test
    void aDoubleTapBooksOnceAndSaysAlreadyDone() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        User member = member();
        TgUser tg = atHome(member, site);
        Message free = pressData(tg, say(tg, "/book"), "book:d:" + site + ":" + tomorrow(ZONE));

        int first = bot().press(tg, free, nameOf(desk));
        int second = bot().press(tg, free, nameOf(desk));
        settle(tg, second);

        assertThat(answerTo(first).text()).isEqualTo("Booked");
        assertThat(answerTo(second).text()).isEqualTo("Already done.");
        assertThat(deskDays(member)).hasSize(1);
    }

    @Test
    void aDeskTakenMeanwhileSaysByWhomAndShowsTheFreeOnes() {
        long site = site(ZONE);
        long taken = resource(site, "DESK", 1);
        long other = resource(site, "DESK", 1);
        TgUser tg = atHome(member(), site);
        Message free = pressData(tg, say(tg, "/book"), "book:d:" + site + ":" + tomorrow(ZONE));
        User quicker = member();
        Api.Response booked = as(quicker).post("/api/v1/bookings", Map.of("resourceId", taken, "day", tomorrow(ZONE).toString()));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

        Message after = press(tg, free, nameOf(taken));

        FakeBotApi.Answer answer = answerTo(lastUpdate());
        assertThat(answer.showAlert()).isTrue();
        assertThat(answer.text()).contains(nameOf(taken) + " was just taken by Member " + quicker.email());
        assertThat(after.buttons()).extracting(FakeBotApi.Button::text).anyMatch(text -> text.contains(nameOf(other)))
                .noneMatch(text -> text.contains(nameOf(taken)));
    }

    @Test
    void aFullOfficeOffersTheWaitingListWithThePosition() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        as(member()).post("/api/v1/bookings", Map.of("resourceId", desk, "day", tomorrow(ZONE).toString()));
        TgUser tg = atHome(member(), site);

        Message full = pressData(tg, say(tg, "/book"), "book:d:" + site + ":" + tomorrow(ZONE));
        assertThat(full.shown()).contains("The office is full");

        Message waiting = press(tg, full, "Be there without a desk (waiting list)");
        assertThat(waiting.shown()).contains("number 1 in line");
    }

    @Test
    void aHostBooksADeskForAGuest() {
        long site = site(ZONE);
        long desk = resource(site, "DESK", 1);
        User host = member();
        TgUser tg = atHome(host, site);

        assertThat(say(tg, "/guest").shown()).isEqualTo("Type your guest’s name.");
        Message email = say(tg, "Greta Garbo");
        Message days = press(tg, email, "Skip");
        Message free = pressData(tg, days, "guest:d:" + site + ":" + tomorrow(ZONE));
        Message booked = press(tg, free, nameOf(desk));

        assertThat(booked.shown()).startsWith("Booked for your guest Greta Garbo: " + nameOf(desk));
        JsonNode bookings = as(host).get("/api/v1/bookings?resourceId=" + desk).json();
        assertThat(bookings.toString()).contains("Greta Garbo");
    }

    @Test
    void fiftyPeopleRaceForTheLastFiveDesksAndFortyFiveGetAClearAnswer() {
        long site = site(ZONE);
        List<Long> desksLeft = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            desksLeft.add(resource(site, "DESK", 1));
        }
        List<TgUser> people = new ArrayList<>();
        List<Message> screens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            TgUser tg = atHome(member(), site);
            people.add(tg);
            screens.add(pressData(tg, say(tg, "/book"), "book:d:" + site + ":" + tomorrow(ZONE)));
        }

        List<Integer> taps = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            taps.add(bot().press(people.get(i), screens.get(i), nameOf(desksLeft.get(i % 5))));
        }
        for (int i = 0; i < 50; i++) {
            settle(people.get(i), taps.get(i));
        }

        long bookings = jdbc.sql("select count(*) from booking where resource_id in (:desks) and status = 'CONFIRMED'")
                .param("desks", desksLeft).query(Long.class).single();
        assertThat(bookings).isEqualTo(5);
        List<FakeBotApi.Answer> answers = taps.stream().map(this::answerTo).toList();
        assertThat(answers).filteredOn(a -> "Booked".equals(a.text())).hasSize(5);
        assertThat(answers).filteredOn(a -> a.showAlert() && a.text() != null && a.text().contains("was just taken by"))
                .hasSize(45);
    }

    private TgUser atHome(User person, long site) {
        identity.updatePreferences(new UserId(person.id()), null, site);
        return linked(person);
    }

    private List<BookingView> deskDays(User person) {
        return desks.myDeskDays(identity.currentUser(new UserId(person.id())).orElseThrow());
    }
}
