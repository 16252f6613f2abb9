package dev.allot.insight;

import dev.allot.identity.CurrentUser;
import java.util.List;
import java.util.Locale;

/**
 * Suggests rooms and start times for a meeting: free, big enough with the least waste, with every
 * amenity asked for, inside the site's opening hours, and preferring times that are usually quiet
 * (learned from the occupancy read model). Best first; reasons in {@code locale}. Anyone signed in
 * may ask; booking a suggestion is an ordinary booking.
 */
public interface SlotFinder {

    List<SlotSuggestion> find(SlotSearch search, Locale locale, CurrentUser viewer);
}
