package dev.allot.telegram.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Inline buttons under a message, row by row. A button either sends {@code data} back to the bot (at
 * most 64 bytes, as the Bot API allows) or opens {@code url}.
 */
public record Keyboard(List<List<Key>> rows) {

    public static final Keyboard NONE = new Keyboard(List.of());

    public Keyboard {
        rows = rows.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
    }

    public record Key(String text, @Nullable String data, @Nullable String url) {

        public Key {
            if (data != null && data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
                throw new IllegalArgumentException("Callback data over 64 bytes: " + data);
            }
        }

        public static Key of(String text, String data) {
            return new Key(text, data, null);
        }

        public static Key link(String text, String url) {
            return new Key(text, null, url);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Adds rows; {@link #row} starts a new one. */
    public static final class Builder {

        private final List<List<Key>> rows = new ArrayList<>();

        public Builder row(Key... keys) {
            rows.add(new ArrayList<>(List.of(keys)));
            return this;
        }

        /** Keys laid out {@code perRow} to a row. */
        public Builder grid(List<Key> keys, int perRow) {
            for (int i = 0; i < keys.size(); i += perRow) {
                rows.add(new ArrayList<>(keys.subList(i, Math.min(keys.size(), i + perRow))));
            }
            return this;
        }

        public Builder key(Key key) {
            if (rows.isEmpty()) {
                rows.add(new ArrayList<>());
            }
            rows.getLast().add(key);
            return this;
        }

        public Keyboard build() {
            return new Keyboard(rows);
        }
    }
}
