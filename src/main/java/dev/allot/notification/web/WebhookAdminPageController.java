package dev.allot.notification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import dev.allot.identity.CurrentUser;
import dev.allot.notification.RegisteredWebhook;
import dev.allot.notification.WebhookDeliveryView;
import dev.allot.notification.WebhookId;
import dev.allot.notification.WebhookView;
import dev.allot.notification.Webhooks;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's webhooks page: the registered addresses with their latest deliveries, a form to add
 * one (its secret is shown once, right after), and delete. Times are UTC, as in the API.
 */
@Controller
class WebhookAdminPageController {

    /** How many deliveries each webhook shows; the API pages through all of them. */
    static final int RECENT = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final Webhooks webhooks;
    private final MessageSource messages;

    WebhookAdminPageController(Webhooks webhooks, MessageSource messages) {
        this.webhooks = webhooks;
        this.messages = messages;
    }

    /** One webhook with its latest deliveries. */
    record Row(WebhookView webhook, String createdAt, List<DeliveryLine> deliveries, long total) {}

    record DeliveryLine(WebhookDeliveryView delivery, String createdAt, String deliveredAt) {}

    @GetMapping("/admin/webhooks")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("webhooks", webhooks.webhooks(me).stream().map(webhook -> row(webhook, me)).toList());
        return "admin/webhooks";
    }

    @PostMapping("/admin/webhooks")
    String register(@RequestParam(defaultValue = "") String url,
            @RequestParam(required = false) @Nullable String description, Locale locale,
            RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser me) {
        try {
            RegisteredWebhook registered = webhooks.register(url, description, me);
            redirect.addFlashAttribute("notice", text("admin.webhooks.added", locale, registered.webhook().url()));
            redirect.addFlashAttribute("secret", registered.secret());
            redirect.addFlashAttribute("secretFor", registered.webhook().id().value());
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", switch (e.type()) {
                case "webhook-target-private" -> text("admin.webhooks.private", locale);
                case "webhook-target-unresolved" -> text("admin.webhooks.unresolved", locale);
                default -> text("admin.webhooks.invalid", locale, Webhooks.MAX_URL_LENGTH, Webhooks.MAX_DESCRIPTION_LENGTH);
            });
            redirect.addFlashAttribute("url", url);
            redirect.addFlashAttribute("description", description);
        }
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/admin/webhooks/{id}/delete")
    String delete(@PathVariable long id, Locale locale, RedirectAttributes redirect,
            @AuthenticationPrincipal CurrentUser me) {
        try {
            webhooks.delete(new WebhookId(id), me);
            redirect.addFlashAttribute("notice", text("admin.webhooks.deleted", locale, id));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", text("admin.webhooks.gone", locale, id));
        }
        return "redirect:/admin/webhooks";
    }

    private Row row(WebhookView webhook, CurrentUser me) {
        var recent = webhooks.deliveries(webhook.id(), new PageRequest(0, RECENT), me);
        return new Row(webhook, time(webhook.createdAt()), recent.items().stream()
                .map(d -> new DeliveryLine(d, time(d.createdAt()), d.deliveredAt() == null ? "" : time(d.deliveredAt())))
                .toList(), recent.total());
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
