package dev.allot.platform.internal;

import dev.allot.platform.ProblemException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Text that people type never holds control characters other than tab, line feed and carriage
 * return. PostgreSQL cannot store NUL in text at all (a 500 before issue 14, finding 4), SQLite stores
 * it, and either way it breaks exports, mail and the bot. So text with one is refused at the door,
 * with a 400 naming the field, the same on both databases: request bodies by {@link
 * ControlCharacterBodyAdvice}, queries and forms by {@link RequestLimitsFilter}.
 */
final class ControlCharacters {

    static final String MESSAGE = "must not contain control characters";
    private static final int MAX_DEPTH = 8;

    private ControlCharacters() {}

    static boolean present(@Nullable CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Refuses {@code value} (a body: a string, a record, a list or map of them) naming the first field at fault. */
    static void refuseIn(@Nullable Object value, String path) {
        String found = find(value, path, 0);
        if (found != null) {
            throw ProblemException.invalidField(found, MESSAGE);
        }
    }

    private static @Nullable String find(@Nullable Object value, String path, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return null;
        }
        if (value instanceof CharSequence text) {
            return present(text) ? path : null;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                String found = find(item, path + "[" + i++ + "]", depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                String here = path.isEmpty() ? key : path + "." + key;
                if (present(key)) {
                    return here;
                }
                String found = find(entry.getValue(), here, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object part;
                try {
                    component.getAccessor().setAccessible(true);
                    part = component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    continue;
                }
                String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
                String found = find(part, name, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
