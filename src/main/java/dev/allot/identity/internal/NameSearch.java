package dev.allot.identity.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The search key of a name, written next to it (app_user.search_name) and compared with {@code like}:
 * folded in Java, because SQLite's lower() folds ASCII only, so that "анн" finds "Анна" and "ё"
 * matches "е" on both databases. V16 fills it for the people stored before (with a frozen copy).
 */
final class NameSearch {

    private NameSearch() {}

    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return folded.strip().replaceAll("\\s+", " ");
    }

    /** A {@code like} pattern for names containing {@code part}, with its wildcards escaped (escape '\'). */
    static String containing(String part) {
        String key = key(part).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + key + "%";
    }
}
