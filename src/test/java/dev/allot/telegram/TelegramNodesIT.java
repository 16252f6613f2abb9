package dev.allot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.AllotApplication;
import dev.allot.telegram.internal.BotRunner;
import dev.allot.testing.Eventually;
import dev.allot.testing.FakeBotApi.TgUser;
import dev.allot.testing.TestTelegram;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two nodes on one database, both configured with the bot: one holds the lease and polls, the other
 * waits; when the first stops, the second takes over, and every update is answered once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramNodesIT extends TelegramTest {

    @Autowired
    Environment environment;

    @Autowired
    BotRunner runner;

    ConfigurableApplicationContext secondNode;

    @BeforeAll
    void startSecondNode() {
        List<String> arguments = secondNodeArguments(environment, "--allot.telegram.bot-token=" + TestTelegram.TOKEN,
                "--allot.telegram.api-url=" + TestTelegram.url(), "--allot.telegram.poll-timeout=PT5S",
                "--allot.telegram.lease-ttl=PT8S");
        secondNode = new SpringApplicationBuilder(AllotApplication.class).run(arguments.toArray(String[]::new));
    }

    @AfterAll
    void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
        if (!runner.isRunning()) {
            runner.start();
        }
        // Back to this node before the next test class: it takes the lease once the second node let it go.
        Eventually.until("this node holds the lease again", this::holder, holder -> holder != null && !holder.equals(secondHolder));
    }

    private String secondHolder;

    @Test
    void oneNodePollsAndTheOtherTakesOverWhenItStops() {
        TgUser tg = linked(member());
        String first = Eventually.until("a node holds the lease", this::holder, holder -> holder != null);

        for (int i = 0; i < 3; i++) {
            say(tg, "/help");
        }
        assertThat(bot().chat(tg)).as("each answered once").hasSize(3);
        assertThat(holder()).as("the lease stayed where it was").isEqualTo(first);

        runner.stop();
        secondHolder = Eventually.until("the second node takes the lease", this::holder,
                holder -> holder != null && !holder.equals(first));
        say(tg, "/help");
        say(tg, "/menu");
        assertThat(bot().chat(tg)).hasSize(5);
        assertThat(bot().last(tg).shown()).startsWith("Hello, ");

        runner.start();
        say(tg, "/help");
        assertThat(bot().chat(tg)).as("with both running again, still once").hasSize(6);
    }

    private String holder() {
        return jdbc.sql("select holder from telegram_lease where name = 'poll' and expires_at > :now")
                .param("now", System.currentTimeMillis()).query(String.class).optional().orElse(null);
    }
}
