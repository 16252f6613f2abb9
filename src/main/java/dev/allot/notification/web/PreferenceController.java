package dev.allot.notification.web;

import dev.allot.identity.CurrentUser;
import dev.allot.notification.NotificationChannel;
import dev.allot.notification.NotificationPreferences;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's choice of channels per kind of notification, as a kind × channel matrix. */
@RestController
@RequestMapping("/api/v1/me/notification-preferences")
@Tag(name = "Notifications")
class PreferenceController {

    private final NotificationPreferences preferences;

    PreferenceController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    /** {@code {"preferences": {"booking-created": {"INBOX": true, "EMAIL": false, "TELEGRAM": true}, ...}}} */
    record PreferencesBody(Map<String, Map<NotificationChannel, Boolean>> preferences) {}

    @GetMapping
    PreferencesBody get(@AuthenticationPrincipal CurrentUser me) {
        return new PreferencesBody(preferences.matrix(me.id()));
    }

    /** Sets the cells given; cells left out keep their value. */
    @PutMapping
    PreferencesBody put(@RequestBody PreferencesBody body, @AuthenticationPrincipal CurrentUser me) {
        return new PreferencesBody(preferences.update(me.id(), body.preferences() == null ? Map.of() : body.preferences()));
    }
}
