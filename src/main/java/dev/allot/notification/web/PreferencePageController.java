package dev.allot.notification.web;

import dev.allot.identity.CurrentUser;
import dev.allot.notification.NotificationChannel;
import dev.allot.notification.NotificationKind;
import dev.allot.notification.NotificationPreferences;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Notifications" section of the profile page, loaded into it with htmx: a checkbox per kind and
 * channel. The form sends the ticked boxes only, so every box not sent is off.
 */
@Controller
class PreferencePageController {

    static final String FRAGMENT = "notification/preferences :: preferences";

    private final NotificationPreferences preferences;

    PreferencePageController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/me/notification-preferences")
    String show(@AuthenticationPrincipal CurrentUser me, Model model) {
        return render(preferences.matrix(me.id()), false, me, model);
    }

    @PostMapping("/me/notification-preferences")
    String save(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal CurrentUser me,
            Model model) {
        List<String> ticked = form.getOrDefault("on", List.of());
        Map<String, Map<NotificationChannel, Boolean>> all = new LinkedHashMap<>();
        for (NotificationKind kind : preferences.kinds()) {
            Map<NotificationChannel, Boolean> row = new EnumMap<>(NotificationChannel.class);
            for (NotificationChannel channel : NotificationChannel.values()) {
                row.put(channel, ticked.contains(kind.id() + ":" + channel));
            }
            all.put(kind.id(), row);
        }
        return render(preferences.update(me.id(), all), true, me, model);
    }

    private String render(Map<String, Map<NotificationChannel, Boolean>> matrix, boolean saved, CurrentUser me,
            Model model) {
        model.addAttribute("matrix", matrix);
        model.addAttribute("telegram", preferences.messengers(me.id()).get(NotificationChannel.TELEGRAM));
        Map<String, String> labels = new LinkedHashMap<>();
        preferences.kinds().forEach(kind -> labels.put(kind.id(), kind.label()));
        model.addAttribute("labels", labels);
        model.addAttribute("channels", NotificationChannel.values());
        model.addAttribute("saved", saved);
        return FRAGMENT;
    }
}
