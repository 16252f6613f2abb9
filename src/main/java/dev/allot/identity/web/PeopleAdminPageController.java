package dev.allot.identity.web;

import dev.allot.identity.AddPerson;
import dev.allot.identity.CurrentUser;
import dev.allot.identity.DirectoryImport;
import dev.allot.identity.EditPerson;
import dev.allot.identity.HomeSites;
import dev.allot.identity.Identity;
import dev.allot.identity.PeopleQuery;
import dev.allot.identity.PersonView;
import dev.allot.identity.Role;
import dev.allot.identity.UserId;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import dev.allot.platform.ProblemMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The admins' directory: search, add, edit, change a role, remove (deactivate, with their bookings
 * cancelled), import a CSV with a per-row report, unlink a Telegram account. With htmx a role change
 * replaces only that person's row; without it the page reloads.
 */
@Controller
@RequestMapping("/admin/people")
class PeopleAdminPageController {

    private static final int PAGE_SIZE = 50;

    private final Identity identity;
    private final ProblemMessages problems;
    private final MessageSource messages;
    private final ObjectProvider<HomeSites> homeSites;

    PeopleAdminPageController(Identity identity, ProblemMessages problems, MessageSource messages,
            ObjectProvider<HomeSites> homeSites) {
        this.identity = identity;
        this.problems = problems;
        this.messages = messages;
        this.homeSites = homeSites;
    }

    /** What the add and edit forms send; blank optional fields are none. */
    record PersonForm(@Nullable String displayName, @Nullable String email, @Nullable Long homeSiteId,
            @Nullable String team, @Nullable Role role, @Nullable String password) {

        static PersonForm empty() {
            return new PersonForm("", "", null, "", Role.MEMBER, "");
        }

        AddPerson toAdd() {
            return new AddPerson(text(displayName), blankToNull(email), homeSiteId, blankToNull(team), role,
                    blankToNull(password));
        }

        EditPerson toEdit() {
            return new EditPerson(text(displayName), blankToNull(email), homeSiteId, blankToNull(team), role,
                    blankToNull(password));
        }
    }

    @GetMapping
    String people(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable String q,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        return list(page, q, me, model);
    }

    @PostMapping
    String add(@ModelAttribute("addForm") PersonForm form, @RequestParam(required = false) @Nullable String q,
            @AuthenticationPrincipal CurrentUser me, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            PersonView person = identity.addPerson(form.toAdd(), me);
            redirect.addFlashAttribute("notice", messages.getMessage("directory.admin.added",
                    new Object[] {person.displayName()}, locale));
            return "redirect:/admin/people?q=" + encode(person.displayName());
        } catch (ProblemException e) {
            model.addAttribute("addErrors", problems.byField(e, locale));
            model.addAttribute("addOpen", true);
            return list(0, q, me, model);
        }
    }

    @PostMapping("/{id}")
    String edit(@PathVariable long id, @ModelAttribute PersonForm form, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable String q, @AuthenticationPrincipal CurrentUser me,
            Locale locale, RedirectAttributes redirect) {
        try {
            PersonView person = identity.updatePerson(new UserId(id), form.toEdit(), me);
            redirect.addFlashAttribute("notice", messages.getMessage("directory.admin.saved",
                    new Object[] {person.displayName()}, locale));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", describe(e, locale));
        }
        return back(page, q);
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam Role role, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) boolean htmx, @AuthenticationPrincipal CurrentUser me,
            Model model, Locale locale, RedirectAttributes redirect) {
        String notice = null;
        String error = null;
        try {
            identity.changeRole(new UserId(id), role, me);
            PersonView changed = identity.person(new UserId(id), me);
            notice = messages.getMessage("admin.people.roleChanged",
                    new Object[] {changed.displayName(), messages.getMessage("admin.role." + role, null, locale)},
                    locale);
        } catch (ProblemException e) {
            error = problems.describe(e, locale);
        }
        if (htmx) {
            model.addAttribute("person", identity.person(new UserId(id), me));
            common(me, page, null, model);
            model.addAttribute("rowNotice", notice);
            model.addAttribute("rowError", error);
            return "admin/people :: row";
        }
        redirect.addFlashAttribute(error == null ? "notice" : "error", error == null ? notice : error);
        return "redirect:/admin/people?page=" + page;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable String q, @AuthenticationPrincipal CurrentUser me,
            Locale locale, RedirectAttributes redirect) {
        try {
            PersonView person = identity.removePerson(new UserId(id), me);
            redirect.addFlashAttribute("notice",
                    messages.getMessage("admin.people.deactivatedNotice", new Object[] {person.displayName()}, locale));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", problems.describe(e, locale));
        }
        return back(page, q);
    }

    @PostMapping("/{id}/telegram/unlink")
    String unlinkTelegram(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable String q, @AuthenticationPrincipal CurrentUser me,
            Locale locale, RedirectAttributes redirect) {
        try {
            PersonView person = identity.unlinkTelegram(new UserId(id), me);
            redirect.addFlashAttribute("notice", messages.getMessage("directory.admin.unlinked",
                    new Object[] {person.displayName()}, locale));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", problems.describe(e, locale));
        }
        return back(page, q);
    }

    @PostMapping("/import")
    String importCsv(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @AuthenticationPrincipal CurrentUser me, Model model, Locale locale) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw ProblemException.invalidField("file", "is missing");
            }
            DirectoryImport report = identity.importDirectory(new String(file.getBytes(), StandardCharsets.UTF_8), me);
            model.addAttribute("report", report);
            model.addAttribute("notice", messages.getMessage("directory.import.done",
                    new Object[] {report.added().size(), report.refused().size()}, locale));
        } catch (ProblemException e) {
            model.addAttribute("importError", e.type().equals("invalid-request")
                    ? messages.getMessage("directory.import.badFile", new Object[] {e.getMessage()}, locale)
                    : problems.describe(e, locale));
        }
        return list(0, null, me, model);
    }

    private String list(int page, @Nullable String q, CurrentUser me, Model model) {
        int current = Math.max(page, 0);
        model.addAttribute("people", identity.people(new PeopleQuery(q, null, null),
                new PageRequest(current, PAGE_SIZE), me));
        common(me, current, q, model);
        if (!model.containsAttribute("addForm")) {
            model.addAttribute("addForm", PersonForm.empty());
        }
        return "admin/people";
    }

    private void common(CurrentUser me, int page, @Nullable String q, Model model) {
        Map<Long, String> sites = homeSites.getIfAvailable(() -> HomeSites.ANY).names();
        model.addAttribute("sites", new java.util.TreeMap<>(sites));
        model.addAttribute("roles", Role.values());
        model.addAttribute("me", me.id());
        model.addAttribute("page", page);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("base", q == null || q.isBlank() ? "/admin/people" : "/admin/people?q=" + encode(q));
    }

    private String describe(ProblemException e, Locale locale) {
        return problems.byField(e, locale).entrySet().stream()
                .map(entry -> entry.getKey().isEmpty() ? entry.getValue()
                        : messages.getMessage("directory.field." + entry.getKey(), null, entry.getKey(), locale)
                                + ": " + entry.getValue())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static String back(int page, @Nullable String q) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/people").queryParam("page", page)
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(text -> !text.isBlank()))
                .encode().build().toUriString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
