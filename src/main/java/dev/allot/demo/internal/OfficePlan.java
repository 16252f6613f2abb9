package dev.allot.demo.internal;

import dev.allot.space.ResourceKind;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The demo office before it is stored: everything refers to everything else by its position in
 * these lists, and the store maps positions to the ids the database gives.
 */
record OfficePlan(List<Site> sites, List<Floor> floors, List<Resource> resources, List<Person> people) {

    record Site(int index, String name, String address, ZoneId zone) {}

    record Floor(int index, int site, String name, int level) {}

    /** {@code layout} is null for desks and equipment; {@code popularity} scales how often it is booked. */
    record Resource(int index, int site, int floor, ResourceKind kind, String name, int capacity,
            Set<String> amenities, String description, boolean requiresApproval,
            @Nullable RoomLayout layout, double popularity) {}

    /** {@code locale} is en or ru, after the language of the name. */
    record Person(int index, int site, String email, String displayName, String locale, String team) {}

    int rooms() {
        return (int) resources.stream().filter(r -> r.kind() == ResourceKind.ROOM).count();
    }

    int desks() {
        return (int) resources.stream().filter(r -> r.kind() == ResourceKind.DESK).count();
    }

    int equipment() {
        return (int) resources.stream().filter(r -> r.kind() == ResourceKind.EQUIPMENT).count();
    }
}
