package dev.allot.notification.internal.delivery;

import dev.allot.identity.UserId;
import dev.allot.notification.NotificationChannel;
import dev.allot.notification.NotificationKind;
import dev.allot.notification.NotificationPreferences;
import dev.allot.platform.ProblemException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PreferenceService implements NotificationPreferences {

    private final PreferenceRepository preferences;
    private final NotificationKinds kinds;

    private final org.springframework.beans.factory.ObjectProvider<dev.allot.notification.MessengerChannel> messengers;

    PreferenceService(PreferenceRepository preferences, NotificationKinds kinds,
            org.springframework.beans.factory.ObjectProvider<dev.allot.notification.MessengerChannel> messengers) {
        this.preferences = preferences;
        this.kinds = kinds;
        this.messengers = messengers;
    }

    @Override
    public Map<NotificationChannel, dev.allot.notification.MessengerChannel.Status> messengers(UserId owner) {
        Map<NotificationChannel, dev.allot.notification.MessengerChannel.Status> states =
                new java.util.EnumMap<>(NotificationChannel.class);
        messengers.orderedStream().forEach(messenger -> states.put(messenger.channel(), messenger.status(owner)));
        return states;
    }

    @Override
    public List<NotificationKind> kinds() {
        return kinds.all();
    }

    @Override
    public Map<String, Map<NotificationChannel, Boolean>> matrix(UserId owner) {
        Map<String, Map<NotificationChannel, Boolean>> matrix = new LinkedHashMap<>();
        for (NotificationKind kind : kinds.all()) {
            Map<NotificationChannel, Boolean> row = new EnumMap<>(NotificationChannel.class);
            for (NotificationChannel channel : NotificationChannel.values()) {
                row.put(channel, kind.defaultChannels().contains(channel));
            }
            matrix.put(kind.id(), row);
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
            if (kinds.find(kind).isEmpty()) {
                throw ProblemException.invalidField("preferences." + kind, "is not a kind of notification; one of "
                        + kinds.all().stream().map(NotificationKind::id).toList());
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
        return channels(owner, kind).contains(channel);
    }

    /** The channels the person wants this kind through, read in one query. */
    public Set<NotificationChannel> channels(UserId owner, String kind) {
        Set<NotificationChannel> wanted = EnumSet.noneOf(NotificationChannel.class);
        kinds.find(kind).ifPresent(known -> wanted.addAll(known.defaultChannels()));
        for (PreferenceRepository.Cell cell : preferences.cells(owner.value())) {
            if (cell.kind().equals(kind)) {
                if (cell.enabled()) {
                    wanted.add(cell.channel());
                } else {
                    wanted.remove(cell.channel());
                }
            }
        }
        return wanted;
    }
}
