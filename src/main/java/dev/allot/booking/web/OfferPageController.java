package dev.allot.booking.web;

import dev.allot.booking.Desks;
import dev.allot.booking.PresenceId;
import dev.allot.booking.PresenceStatus;
import dev.allot.booking.PresenceView;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
import dev.allot.platform.ProblemMessages;
import dev.allot.space.SiteView;
import dev.allot.space.Spaces;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a desk offer links to: the desk, the day and until when it is held, with Accept and
 * Decline; after the offer, what became of it.
 */
@Controller
class OfferPageController {

    private final Desks desks;
    private final Spaces spaces;
    private final ProblemMessages problems;
    private final MessageSource messages;

    OfferPageController(Desks desks, Spaces spaces, ProblemMessages problems, MessageSource messages) {
        this.desks = desks;
        this.spaces = spaces;
        this.problems = problems;
        this.messages = messages;
    }

    /** What the page shows: the offer in the site's zone. */
    record OfferLine(PresenceView presence, String site, String day, String until, String zone, boolean open) {}

    @GetMapping("/desks/offers/{id}")
    String offer(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model, Locale locale) {
        PresenceView presence = desks.presence(new PresenceId(id), me);
        SiteView site = spaces.site(presence.siteId());
        ZoneId zone = site.timeZone();
        String until = presence.offerExpiresAt() == null ? ""
                : presence.offerExpiresAt().atZone(zone).format(DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", locale));
        model.addAttribute("offer", new OfferLine(presence, site.name(),
                presence.day().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale)), until, zone.getId(),
                presence.status() == PresenceStatus.OFFERED));
        return "booking/offer";
    }

    @PostMapping("/desks/offers/{id}/accept")
    String accept(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale,
            RedirectAttributes redirect) {
        try {
            PresenceView accepted = desks.accept(new PresenceId(id), me);
            redirect.addFlashAttribute("notice", messages.getMessage("desk.offer.accepted",
                    new Object[] {accepted.deskName()}, locale));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", problems.describe(e, locale));
        }
        return "redirect:/desks/offers/" + id;
    }

    @PostMapping("/desks/offers/{id}/decline")
    String decline(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale,
            RedirectAttributes redirect) {
        try {
            desks.decline(new PresenceId(id), me);
            redirect.addFlashAttribute("notice", messages.getMessage("desk.offer.declined", null, locale));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", problems.describe(e, locale));
        }
        return "redirect:/desks/offers/" + id;
    }
}
