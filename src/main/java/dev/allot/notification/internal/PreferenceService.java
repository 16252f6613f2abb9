package dev.allot.notification.internal;

import dev.allot.identity.UserId;
import dev.allot.notification.NotificationChannel;
import dev.allot.notification.NotificationPreferences;
import dev.allot.platform.ProblemException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PreferenceService implements NotificationPreferences {

    private final PreferenceRepository preferences;

    PreferenceService(PreferenceRepository preferences) {
        this.preferences = preferences;
    }

    @Override
    public Map<String, Map<NotificationChannel, Boolean>> matrix(UserId owner) {
        Map<String, Map<NotificationChannel, Boolean>> matrix = new LinkedHashMap<>();
        for (String kind : KINDS) {
            Map<NotificationChannel, Boolean> row = new EnumMap<>(NotificationChannel.class);
            for (NotificationChannel channel : NotificationChannel.values()) {
                row.put(channel, true);
            }
            matrix.put(kind, row);
        }
        for (PreferenceRepository.Cell cell : preferences.cells(owner.value())) {
            Map<NotificationChannel, Boolean> row = matrix.get(cell.kind());
            if (row != null) {
                row.put(cell.channel(), cell.enabled());
            }
        }
        return matrix;
    }

    @Override
    @Transactional
    public Map<String, Map<NotificationChannel, Boolean>> update(UserId owner,
            Map<String, Map<NotificationChannel, Boolean>> changes) {
        for (String kind : changes.keySet()) {
            if (!KINDS.contains(kind)) {
                throw ProblemException.invalidField("preferences." + kind, "is not a kind of notification; one of " + KINDS);
            }
        }
        changes.forEach((kind, row) -> row.forEach((channel, enabled) -> {
            if (channel == null || enabled == null) {
                throw ProblemException.invalidField("preferences." + kind, "needs a channel and true or false");
            }
            preferences.set(owner.value(), kind, channel, enabled);
        }));
        return matrix(owner);
    }

    @Override
    public boolean wants(UserId owner, String kind, NotificationChannel channel) {
        return preferences.cells(owner.value()).stream()
                .filter(cell -> cell.kind().equals(kind) && cell.channel() == channel)
                .findFirst()
                .map(PreferenceRepository.Cell::enabled)
                .orElse(true);
    }
}
