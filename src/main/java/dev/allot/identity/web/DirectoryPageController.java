package dev.allot.identity.web;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.HomeSites;
import dev.allot.identity.Identity;
import dev.allot.identity.PeopleQuery;
import dev.allot.platform.PageRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory of colleagues for everyone signed in: search by name, filter by team. */
@Controller
class DirectoryPageController {

    private static final int PAGE_SIZE = 50;

    private final Identity identity;
    private final ObjectProvider<HomeSites> homeSites;

    DirectoryPageController(Identity identity, ObjectProvider<HomeSites> homeSites) {
        this.identity = identity;
        this.homeSites = homeSites;
    }

    @GetMapping("/people")
    String people(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String team, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("people", identity.people(new PeopleQuery(q, team, null),
                new PageRequest(Math.max(page, 0), PAGE_SIZE), me));
        model.addAttribute("teams", identity.teams(me));
        model.addAttribute("sites", homeSites.getIfAvailable(() -> HomeSites.ANY).names());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("team", team == null ? "" : team);
        List<String> query = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            query.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        if (team != null && !team.isBlank()) {
            query.add("team=" + URLEncoder.encode(team, StandardCharsets.UTF_8));
        }
        model.addAttribute("base", "/people" + (query.isEmpty() ? "" : "?" + String.join("&", query)));
        return "identity/people";
    }
}
