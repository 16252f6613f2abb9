package dev.allot.identity.internal;

import dev.allot.identity.PeopleQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A {@link PeopleQuery} as SQL conditions; {@code activeOnly} for what colleagues may see. */
record DirectoryFilter(PeopleQuery query, boolean activeOnly) {

    String where(Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (activeOnly) {
            conditions.add("u.active = true");
        }
        @Nullable String name = blankToNull(query.name());
        if (name != null) {
            conditions.add("u.search_name like :name escape '\\'");
            params.put("name", NameSearch.containing(name));
        }
        @Nullable String team = blankToNull(query.team());
        if (team != null) {
            conditions.add("u.team = :team");
            params.put("team", team.strip());
        }
        if (query.homeSiteId() != null) {
            conditions.add("u.home_site_id = :homeSiteId");
            params.put("homeSiteId", query.homeSiteId());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
