package dev.allot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.Api;
import dev.allot.testing.FakeBotApi.Message;
import dev.allot.testing.FakeBotApi.TgUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** /start: a person picks their name from the directory and is linked; a name linked elsewhere is refused. */
class TelegramLinkIT extends TelegramTest {

    @Test
    void aPersonFindsTheirNameByPartOfItAndLinksIt() {
        String marker = unique("Kvist").replace("-", "");
        long personId = addPerson("Zoya " + marker, "Finance");
        TgUser tg = tgUser("Zoya");

        Message welcome = say(tg, "/start");
        assertThat(welcome.shown()).contains("Who are you?");

        Message found = say(tg, marker.substring(0, 10).toLowerCase());
        assertThat(found.shown()).contains("“" + marker.substring(0, 10).toLowerCase() + "”");
        assertThat(found.buttons()).extracting(b -> b.text()).containsExactly("Zoya " + marker + " · Finance");

        Message confirm = press(tg, found, "Zoya " + marker);
        assertThat(confirm.messageId()).as("the list became the question").isEqualTo(found.messageId());
        assertThat(confirm.shown()).isEqualTo("Are you Zoya " + marker + " · Finance?");

        press(tg, confirm, "Yes, that’s me");
        assertThat(current(tg, confirm).orElseThrow().shown()).contains("you are Zoya " + marker + " in Allot");
        assertThat(bot().replyKeyboard(tg)).as("the main menu at the bottom of the chat").isNotEmpty();
        assertThat(answerTo(lastUpdate()).text()).isEqualTo("Linked");

        JsonNode person = as(admin()).get("/api/v1/people/" + personId).json();
        assertThat(person.get("telegram").get("id").asLong()).isEqualTo(tg.id());
        JsonNode audit = as(admin()).get("/api/v1/audit?action=person.telegram-linked&targetId=" + personId).json();
        assertThat(audit.get("items")).hasSize(1);
        assertThat(audit.get("items").get(0).get("actorId").asLong()).as("the person linked themselves").isEqualTo(personId);

        assertThat(say(tg, "/start").shown()).isEqualTo("You are Zoya " + marker + " in Allot.");
        System.out.println("Transcript of linking a name:\n" + transcript(tg));
    }

    @Test
    void aNameLinkedToAnotherAccountCannotBeTaken() {
        String marker = unique("Linden").replace("-", "");
        long personId = addPerson("Oleg " + marker, "Sales");
        linked(new User(personId, null, null));
        TgUser intruder = tgUser("Mallory");

        say(intruder, "/start");
        Message found = say(intruder, marker);
        Message confirm = press(intruder, found, "Oleg " + marker);
        press(intruder, confirm, "Yes, that’s me");

        assertThat(answerTo(lastUpdate()).text()).contains("linked to another Telegram account. Ask an admin");
        assertThat(answerTo(lastUpdate()).showAlert()).isTrue();
        assertThat(identity.currentUserByTelegram(intruder.id())).isEmpty();
    }

    @Test
    void aDoubleTapOnTheConfirmationLinksOnceAndAnswersTheSecondTapAlreadyDone() {
        String marker = unique("Tap").replace("-", "");
        long personId = addPerson("Ivan " + marker, "Ops");
        TgUser tg = tgUser("Ivan");
        say(tg, "/start");
        Message confirm = press(tg, say(tg, marker), "Ivan " + marker);

        int first = bot().press(tg, confirm, "Yes, that’s me");
        int second = bot().press(tg, confirm, "Yes, that’s me");
        settle(tg, second);

        assertThat(answerTo(first).text()).isEqualTo("Linked");
        assertThat(answerTo(second).text()).isEqualTo("You are already Ivan " + marker + ".");
        assertThat(as(admin()).get("/api/v1/audit?action=person.telegram-linked&targetId=" + personId).json()
                .get("items")).hasSize(1);
    }

    @Test
    void oneChatIsAnsweredInTheOrderItWrote() {
        TgUser tg = tgUser("Orderly");
        say(tg, "/start");
        List<String> words = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot");
        int last = 0;
        for (String word : words) {
            last = bot().type(tg, word + unique(""));
        }
        settle(tg, last);
        List<String> answers = bot().chat(tg).stream().skip(1).map(m -> m.shown().replaceAll("^[^“]*“([a-z]+).*$", "$1"))
                .toList();
        assertThat(answers).containsExactlyElementsOf(words);
    }

    @Test
    void theBotSpeaksRussianToThoseWhoseTelegramIsInRussian() {
        TgUser tg = tgUserRu("Анна");
        assertThat(say(tg, "/start").shown()).contains("Кто вы?");
    }

    @Test
    void aButtonPressedBySomeoneNotLinkedAsksThemToPickTheirNameFirst() {
        TgUser tg = tgUser("Stranger");
        Message welcome = say(tg, "/start");
        settle(tg, bot().pressData(tg, welcome.messageId(), "menu:home"));
        assertThat(bot().last(tg).shown()).contains("Who are you?");
    }

    private long addPerson(String name, String team) {
        Api.Response added = as(admin()).post("/api/v1/people", Map.of("displayName", name, "team", team));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get("id").asLong();
    }
}
