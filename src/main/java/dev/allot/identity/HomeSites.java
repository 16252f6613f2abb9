package dev.allot.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sites people may have as their home site. Identity does not own sites (space does, and space
 * depends on identity), so the space module implements this, and identity asks it to check a home
 * site and to read a CSV's site column.
 */
public interface HomeSites {

    /** Whether a site with this id exists. */
    boolean exists(long siteId);

    /** The ids of the sites named {@code name}, ignoring case (several when names repeat). */
    List<Long> named(String name);

    /** Every site's name by id, for showing home sites next to people. */
    Map<Long, String> names();

    /** For tests and installations without the space module: every id exists, no names. */
    HomeSites ANY = new HomeSites() {
        @Override
        public boolean exists(long siteId) {
            return true;
        }

        @Override
        public List<Long> named(String name) {
            return List.of();
        }

        @Override
        public Map<Long, String> names() {
            return Map.of();
        }
    };

    /** The id in a CSV's site column: a site's id, or its name. */
    default Optional<List<Long>> resolve(String idOrName) {
        String value = idOrName.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.chars().allMatch(Character::isDigit) && value.length() < 19 && exists(Long.parseLong(value))) {
            return Optional.of(List.of(Long.parseLong(value)));
        }
        return Optional.of(named(value));
    }
}
