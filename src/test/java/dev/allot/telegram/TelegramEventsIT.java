package dev.allot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.gathering.GatheringIT;
import dev.allot.testing.Eventually;
import dev.allot.testing.FakeBotApi.Message;
import dev.allot.testing.FakeBotApi.TgUser;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Community events in the bot: a deep link opens one, a guest asks, and the host answers from the news. */
class TelegramEventsIT extends TelegramTest {

    @Test
    void a_deep_link_opens_the_event_and_the_guest_asks_to_join_with_a_tap() {
        User host = member();
        JsonNode event = as(host).post("/api/v1/events", GatheringIT.evening(6, 3)).json();
        String code = event.get("shortLink").asString().substring(3);
        User guest = member();
        TgUser tg = linked(guest);

        Message opened = say(tg, "/start e_" + code);

        assertThat(opened.shown()).startsWith(event.get("title").asString()).contains("Stalker (1979)", "19:00",
                "3 of 3 seats left");
        Message asked = press(tg, opened, "Ask to join");
        assertThat(asked.shown()).contains("You asked to join");
        assertThat(as(guest).get("/api/v1/events/" + event.get("id").asLong()).json().get("myParticipation").asString())
                .isEqualTo("REQUESTED");
        assertThat(say(tg, "/events").shown()).contains(event.get("title").asString());
    }

    @Test
    void the_host_is_told_of_a_request_in_the_chat_opens_the_event_from_it_and_accepts() {
        User host = member();
        TgUser hostChat = linked(host);
        JsonNode event = as(host).post("/api/v1/events", GatheringIT.evening(7, 3)).json();
        long id = event.get("id").asLong();
        User guest = member();

        as(guest).post("/api/v1/events/" + id + "/requests", null);
        Message news = Eventually.until("the request reaches the host's chat", () -> bot().chat(hostChat).stream()
                .filter(m -> m.shown().contains("asks to join")).findFirst(), Optional::isPresent).orElseThrow();
        Message opened = press(hostChat, news, "🎬 Open the event");
        assertThat(opened.shown()).contains("Asked to join: 1");
        String accept = opened.buttons().stream().map(b -> b.text()).filter(t -> t.startsWith("✓ ")).findFirst()
                .orElseThrow();
        Message accepted = press(hostChat, opened, accept);

        assertThat(accepted.shown()).contains("2 of 3 seats left");
        assertThat(as(guest).get("/api/v1/events/" + id).json().get("myParticipation").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void a_hidden_event_is_not_opened_by_a_guessed_deep_link() {
        User host = member();
        JsonNode event = as(host).post("/api/v1/events", GatheringIT.with(GatheringIT.evening(8, 3), "privacy",
                "INVITE_ONLY")).json();
        TgUser stranger = linked(member());

        say(stranger, "/start e_" + event.get("shortLink").asString().substring(3));

        assertThat(bot().chat(stranger).stream().map(Message::shown)).noneMatch(text -> text.contains(event.get("title")
                .asString()));
    }
}
