package dev.allot.notification.internal.delivery;

import dev.allot.notification.NotificationKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The kinds the modules registered as {@link NotificationKind} beans, in the beans' order. */
@Component
public class NotificationKinds {

    private final Map<String, NotificationKind> kinds = new LinkedHashMap<>();

    NotificationKinds(ObjectProvider<NotificationKind> registered) {
        registered.orderedStream().forEach(kind -> {
            if (kinds.putIfAbsent(kind.id(), kind) != null) {
                throw new IllegalStateException("Notification kind " + kind.id() + " is registered twice");
            }
        });
    }

    public List<NotificationKind> all() {
        return List.copyOf(kinds.values());
    }

    public Optional<NotificationKind> find(String id) {
        return Optional.ofNullable(kinds.get(id));
    }

    public NotificationKind require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("Notification kind " + id
                + " is not registered; registered are " + kinds.keySet()));
    }
}
