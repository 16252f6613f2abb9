package dev.allot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Apostrophes in the message bundles (issue 16, defect 9): a message with arguments goes through
 * MessageFormat, where an apostrophe is written '' (a lone one quotes the rest away); a message
 * without arguments is shown as written, so '' would show twice ("webhook''s secret").
 */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void apostrophes_are_written_as_each_message_is_shown() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path bundle : bundles.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                List<String> lines = Files.readAllLines(bundle, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    int equals = line.indexOf('=');
                    if (line.startsWith("#") || equals < 0) {
                        continue;
                    }
                    String value = line.substring(equals + 1);
                    boolean formatted = ARGUMENT.matcher(value).find();
                    if (formatted && LONE_QUOTE.matcher(value).find()) {
                        wrong.add(bundle.getFileName() + ":" + (i + 1) + " has arguments: write '' for an apostrophe");
                    } else if (!formatted && value.contains("''")) {
                        wrong.add(bundle.getFileName() + ":" + (i + 1) + " has no arguments: write ' for an apostrophe");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
