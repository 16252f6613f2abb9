package dev.allot.identity.web;

import dev.allot.identity.ApiTokens;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.IntegrationToken;
import dev.allot.identity.IssueToken;
import dev.allot.identity.IssuedToken;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.platform.ProblemMessages;
import java.text.Collator;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's API tokens for integrations: issue one (its value shown once), the list, revoke. */
@Controller
class TokenPageController {

    private final ApiTokens tokens;
    private final Identity identity;
    private final ProblemMessages problems;
    private final MessageSource messages;

    TokenPageController(ApiTokens tokens, Identity identity, ProblemMessages problems, MessageSource messages) {
        this.tokens = tokens;
        this.identity = identity;
        this.problems = problems;
        this.messages = messages;
    }

    /** A token as the page lists it: dates in UTC, as the API gives them. */
    record TokenLine(long id, String name, String person, String created, String expires) {}

    @GetMapping("/admin/tokens")
    String page(@AuthenticationPrincipal CurrentUser me, Locale locale, Model model) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(messages.getMessage("format.day", null, "EEE d MMM", locale)
                + " yyyy", locale).withZone(ZoneOffset.UTC);
        model.addAttribute("tokens", tokens.list(me).stream().map((IntegrationToken t) -> new TokenLine(t.id(), t.name(),
                t.userName(), day.format(t.createdAt()), day.format(t.expiresAt()))).toList());
        // the first page of people (200), as for fixed desks: an integration acts as a known person
        model.addAttribute("people", identity.users(new PageRequest(0, PageRequest.MAX_SIZE), me).items().stream()
                .filter(UserView::active).sorted(Comparator.comparing(UserView::displayName, Collator.getInstance(locale)))
                .toList());
        model.addAttribute("me", me.id().value());
        return "admin/tokens";
    }

    @PostMapping("/admin/tokens")
    String issue(@RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable Long userId,
            @RequestParam(required = false) @Nullable Integer days, @AuthenticationPrincipal CurrentUser me,
            Locale locale, RedirectAttributes redirect) {
        try {
            IssuedToken issued = tokens.issue(new IssueToken(name == null ? "" : name,
                    userId == null ? null : new UserId(userId), days), me);
            redirect.addFlashAttribute("issued", issued.value());
            redirect.addFlashAttribute("notice", messages.getMessage("tokens.issued",
                    new Object[] {issued.token().name()}, locale));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return "redirect:/admin/tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale,
            RedirectAttributes redirect) {
        try {
            tokens.revoke(id, me);
            redirect.addFlashAttribute("notice", messages.getMessage("tokens.revoked", null, locale));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return "redirect:/admin/tokens";
    }
}
