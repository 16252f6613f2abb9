package dev.allot.demo.web;

import dev.allot.demo.DemoOffice;
import dev.allot.demo.DemoSummary;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The button on the admin overview of an empty installation. */
@Controller
class DemoPageController {

    private final DemoOffice demo;
    private final MessageSource messages;

    DemoPageController(DemoOffice demo, MessageSource messages) {
        this.demo = demo;
        this.messages = messages;
    }

    @PostMapping("/admin/demo")
    String create(@AuthenticationPrincipal CurrentUser admin, Locale locale, RedirectAttributes redirect) {
        try {
            DemoSummary s = demo.create(admin);
            redirect.addFlashAttribute("notice", messages.getMessage("demo.created", new Object[] {s.sites(),
                    s.rooms(), s.desks(), s.equipment(), s.people(), s.bookings(), s.memberEmail(), s.password()},
                    locale));
        } catch (ProblemException refused) {
            redirect.addFlashAttribute("error", messages.getMessage("demo.refused", null, locale));
        }
        return "redirect:/admin";
    }
}
