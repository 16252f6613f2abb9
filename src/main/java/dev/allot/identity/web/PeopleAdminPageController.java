package dev.allot.identity.web;

import dev.allot.identity.CurrentUser;
import dev.allot.identity.Identity;
import dev.allot.identity.Role;
import dev.allot.identity.UserId;
import dev.allot.identity.UserView;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.platform.ProblemMessages;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's list of people: change a role, deactivate an account. With htmx a role change
 * replaces only that person's row; without it the page reloads.
 */
@Controller
@RequestMapping("/admin/people")
class PeopleAdminPageController {

    private static final int PAGE_SIZE = 50;

    private final Identity identity;
    private final ProblemMessages problems;
    private final MessageSource messages;

    PeopleAdminPageController(Identity identity, ProblemMessages problems, MessageSource messages) {
        this.identity = identity;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping
    String people(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("people", identity.users(new PageRequest(Math.max(page, 0), PAGE_SIZE), me));
        model.addAttribute("roles", Role.values());
        model.addAttribute("me", me.id());
        model.addAttribute("page", page);
        return "admin/people";
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam Role role, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) boolean htmx, @AuthenticationPrincipal CurrentUser me,
            Model model, Locale locale, RedirectAttributes redirect) {
        String notice = null;
        String error = null;
        UserView person;
        try {
            person = identity.changeRole(new UserId(id), role, me);
            notice = messages.getMessage("admin.people.roleChanged",
                    new Object[] {person.displayName(), messages.getMessage("admin.role." + role, null, locale)}, locale);
        } catch (ProblemException e) {
            person = identity.user(new UserId(id));
            error = problems.describe(e, locale);
        }
        if (htmx) {
            model.addAttribute("person", person);
            model.addAttribute("roles", Role.values());
            model.addAttribute("me", me.id());
            model.addAttribute("page", page);
            model.addAttribute("rowNotice", notice);
            model.addAttribute("rowError", error);
            return "admin/people :: row";
        }
        redirect.addFlashAttribute(error == null ? "notice" : "error", error == null ? notice : error);
        return "redirect:/admin/people?page=" + page;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        try {
            UserView person = identity.deactivate(new UserId(id), me);
            redirect.addFlashAttribute("notice",
                    messages.getMessage("admin.people.deactivatedNotice", new Object[] {person.displayName()}, locale));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", problems.describe(e, locale));
        }
        return "redirect:/admin/people?page=" + page;
    }
}
