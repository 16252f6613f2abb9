package dev.allot.booking.web;

import dev.allot.booking.DeskPolicy;
import dev.allot.booking.Desks;
import dev.allot.booking.FixedDesk;
import dev.allot.booking.SiteDesks;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.platform.ProblemMessages;
import dev.allot.space.ResourceId;
import dev.allot.space.SiteId;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's desk settings of a site: its desk policy, and whose fixed desk each desk is. */
@Controller
@RequestMapping("/admin/sites/{id}/desks")
class DeskSettingsPageController {

    private final Desks desks;
    private final Spaces spaces;
    private final Identity identity;
    private final ProblemMessages problems;
    private final MessageSource messages;

    DeskSettingsPageController(Desks desks, Spaces spaces, Identity identity, ProblemMessages problems,
            MessageSource messages) {
        this.desks = desks;
        this.spaces = spaces;
        this.identity = identity;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale, Model model) {
        SiteView site = spaces.site(new SiteId(id));
        List<FixedDesk> fixed = desks.fixedDesks(site.id());
        Set<ResourceId> fixedIds = fixed.stream().map(FixedDesk::desk).collect(Collectors.toSet());
        Set<UserId> owners = fixed.stream().map(FixedDesk::owner).collect(Collectors.toSet());
        List<SiteDesks.Desk> all = desks.desks(site.id(), null, null, me).desks();
        Collator collator = Collator.getInstance(locale);
        model.addAttribute("site", site);
        model.addAttribute("policy", desks.policy(site.id()));
        model.addAttribute("fixed", fixed);
        model.addAttribute("hasDesks", !all.isEmpty());
        model.addAttribute("assignable", all.stream().filter(d -> !fixedIds.contains(d.id())).toList());
        // the first page of people (200): enough for a site's fixed desks; a larger company searches by name
        model.addAttribute("people", identity.users(new PageRequest(0, PageRequest.MAX_SIZE), me).items().stream()
                .filter(UserView::active)
                .filter(u -> !owners.contains(u.id()))
                .sorted(Comparator.comparing(UserView::displayName, collator))
                .toList());
        return "admin/desk-settings";
    }

    @PostMapping("/policy")
    String policy(@PathVariable long id, @RequestParam(required = false) @Nullable String guestsPerHost,
            @RequestParam(defaultValue = "false") boolean autoAssign, @AuthenticationPrincipal CurrentUser me,
            Locale locale, RedirectAttributes redirect) {
        int guests;
        try {
            guests = Integer.parseInt(guestsPerHost == null ? "" : guestsPerHost.strip());
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("error", text("desksettings.badNumber", locale));
            return back(id);
        }
        try {
            desks.changePolicy(new SiteId(id), new DeskPolicy(guests, autoAssign), me);
            redirect.addFlashAttribute("notice", text("desksettings.saved", locale));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return back(id);
    }

    @PostMapping("/fixed")
    String assign(@PathVariable long id, @RequestParam(required = false) @Nullable Long desk,
            @RequestParam(required = false) @Nullable Long owner, @AuthenticationPrincipal CurrentUser me,
            Locale locale, RedirectAttributes redirect) {
        if (desk == null || owner == null) {
            redirect.addFlashAttribute("error", text("desksettings.fixed.choose", locale));
            return back(id);
        }
        try {
            FixedDesk assigned = desks.assignFixedDesk(new ResourceId(desk), new UserId(owner), me);
            redirect.addFlashAttribute("notice", text("desksettings.fixed.assigned", locale, assigned.deskName(),
                    assigned.ownerName()));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return back(id);
    }

    @PostMapping("/fixed/{desk}/remove")
    String remove(@PathVariable long id, @PathVariable long desk, @AuthenticationPrincipal CurrentUser me,
            Locale locale, RedirectAttributes redirect) {
        try {
            String name = spaces.resource(new ResourceId(desk)).name();
            desks.removeFixedDesk(new ResourceId(desk), me);
            redirect.addFlashAttribute("notice", text("desksettings.fixed.removed", locale, name));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return back(id);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String back(long site) {
        return "redirect:/admin/sites/" + site + "/desks";
    }
}
