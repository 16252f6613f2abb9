package dev.allot.backup.web;

import dev.allot.backup.BackupFile;
import dev.allot.backup.Backups;
import dev.allot.identity.CurrentUser;
import dev.allot.platform.ProblemException;
import dev.allot.platform.ProblemMessages;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's backups page: the backups there are, a download of each, and "Back up now". */
@Controller
class BackupPageController {

    private final Backups backups;
    private final ProblemMessages problems;
    private final MessageSource messages;

    BackupPageController(Backups backups, ProblemMessages problems, MessageSource messages) {
        this.backups = backups;
        this.problems = problems;
        this.messages = messages;
    }

    /** A backup as the page lists it: its name, when (UTC, as the file name says) and how large. */
    record BackupLine(String name, String when, String size) {}

    @GetMapping("/admin/backups")
    String page(@AuthenticationPrincipal CurrentUser me, Locale locale, Model model) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern(
                messages.getMessage("format.dayTime", null, "EEE d MMM, HH:mm", locale) + " 'UTC'", locale)
                .withZone(ZoneOffset.UTC);
        model.addAttribute("backups", backups.list(me).stream()
                .map(b -> new BackupLine(b.name(), when.format(b.createdAt()), size(b.bytes(), locale))).toList());
        return "admin/backups";
    }

    private static String size(long bytes, Locale locale) {
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%.0f KB", Math.max(1, bytes / 1024.0));
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** The page's download: the API's answer, for a browser's session (the API takes bearer tokens only). */
    @GetMapping("/admin/backups/{name}")
    ResponseEntity<Resource> download(@PathVariable String name, @AuthenticationPrincipal CurrentUser me) {
        return BackupController.file(backups.file(name, me), name);
    }

    @PostMapping("/admin/backups")
    String backUp(@AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        try {
            BackupFile made = backups.backUp(me);
            redirect.addFlashAttribute("notice", messages.getMessage("backups.made", new Object[] {made.name()},
                    locale));
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problems.describe(problem, locale));
        }
        return "redirect:/admin/backups";
    }
}
