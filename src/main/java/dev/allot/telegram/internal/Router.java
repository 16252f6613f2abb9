package dev.allot.telegram.internal;

import dev.allot.platform.ProblemException;
import dev.allot.platform.ProblemMessages;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sends each message or button press to its flow: commands and main-menu buttons start one, a
 * button goes to the flow it names, typed text to the flow the chat waits for. People who have not
 * linked their name are asked to first. A button the bot no longer knows is answered "this menu was
 * out of date" with the menu as it is now; a broken rule is answered in the person's words.
 */
@Component
@OnTelegram
class Router {

    private static final Logger log = LoggerFactory.getLogger(Router.class);

    private final List<ChatFlow> flows;
    private final ProblemMessages problems;
    private final Texts texts;

    Router(ObjectProvider<ChatFlow> flows, ProblemMessages problems, Texts texts) {
        this.flows = flows.orderedStream().sorted(Comparator.comparingInt(ChatFlow::order)).toList();
        this.problems = problems;
        this.texts = texts;
    }

    List<ChatFlow> flows() {
        return flows;
    }

    /** The main menu's buttons for a person (admins see the admins' too), two to a row. */
    List<List<String>> menu(Locale locale, boolean admin) {
        List<String> labels = flows.stream()
                .filter(flow -> !flow.menuKey().isEmpty() && (admin || !flow.adminOnly()))
                .map(flow -> texts.get(locale, flow.menuKey()))
                .toList();
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i += 2) {
            rows.add(labels.subList(i, Math.min(labels.size(), i + 2)));
        }
        return rows;
    }

    void typed(Chat chat, String text) {
        String trimmed = text.strip();
        run(chat, () -> {
            if (trimmed.startsWith("/")) {
                String[] parts = trimmed.substring(1).split("\\s+", 2);
                String command = parts[0].replaceFirst("@.*$", "").toLowerCase(Locale.ROOT);
                String args = parts.length > 1 ? parts[1].strip() : "";
                chat.expect(null);
                flow(chat, flows.stream().filter(f -> f.commands().contains(command)).findFirst()
                        .orElse(flow("menu")), args);
                return;
            }
            Optional<ChatFlow> byMenu = flows.stream()
                    .filter(f -> !f.menuKey().isEmpty() && menuLabelMatches(f, trimmed))
                    .findFirst();
            if (byMenu.isPresent()) {
                chat.expect(null);
                flow(chat, byMenu.get(), "");
                return;
            }
            @Nullable String state = chat.state();
            if (state != null) {
                ChatFlow waiting = flow(state.split(":", 2)[0]);
                guard(chat, waiting);
                waiting.typed(chat, state, trimmed);
                return;
            }
            if (chat.person().isEmpty()) {
                flow("start").typed(chat, "start:search", trimmed);
                return;
            }
            flow("menu").start(chat, "");
        });
    }

    void pressed(Chat chat, String data) {
        run(chat, () -> {
            Optional<Press> press = Press.parse(data);
            Optional<ChatFlow> flow = press.flatMap(p -> flows.stream().filter(f -> f.name().equals(p.flow())).findFirst());
            if (flow.isEmpty()) {
                throw new Press.Stale("unknown button " + data);
            }
            guard(chat, flow.get());
            flow.get().press(chat, press.get());
        });
    }

    private void flow(Chat chat, ChatFlow flow, String args) {
        guard(chat, flow);
        flow.start(chat, args);
    }

    private void guard(Chat chat, ChatFlow flow) {
        if (flow.adminOnly() && !chat.me().isAdmin()) {
            throw ProblemException.forbidden("Only admins use this");
        }
    }

    private boolean menuLabelMatches(ChatFlow flow, String text) {
        return text.equals(texts.get(Locale.ENGLISH, flow.menuKey())) || text.equals(texts.get(Texts.RUSSIAN, flow.menuKey()));
    }

    private ChatFlow flow(String name) {
        return flows.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new Press.Stale("no flow " + name));
    }

    private void run(Chat chat, Runnable work) {
        try {
            work.run();
        } catch (Chat.NotLinked notLinked) {
            chat.expect(null);
            flow("start").start(chat, "");
        } catch (Press.Stale stale) {
            log.debug("Stale button in chat {}: {}", chat.id(), stale.getMessage());
            chat.expect(null);
            chat.toast(chat.t("telegram.stale"));
            if (chat.person().isPresent()) {
                flow("menu").press(chat, new Press("menu", "home", List.of()));
            } else {
                flow("start").start(chat, "");
            }
        } catch (ProblemException problem) {
            chat.alert(problems.describe(problem, chat.locale()));
        } catch (RuntimeException failure) {
            // Ours, not the person's: the error log (and so the admins' digest) has it, the person a word.
            log.error("Telegram chat {}: {}", chat.id(), failure.toString(), failure);
            chat.alert(chat.t("telegram.error"));
        }
    }
}
