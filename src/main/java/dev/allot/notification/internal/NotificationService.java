package dev.allot.notification.internal;

import dev.allot.identity.UserId;
import dev.allot.notification.GuestEmail;
import dev.allot.notification.NotificationId;
import dev.allot.notification.NotificationRequest;
import dev.allot.notification.NotificationSubject;
import dev.allot.notification.NotificationView;
import dev.allot.notification.Notifications;
import dev.allot.notification.internal.email.GuestEmails;
import dev.allot.notification.internal.inbox.NotificationRepository;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class NotificationService implements Notifications {

    private final NotificationDispatcher dispatcher;
    private final GuestEmails guests;
    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationDispatcher dispatcher, GuestEmails guests, NotificationRepository notifications,
            Clock clock) {
        this.dispatcher = dispatcher;
        this.guests = guests;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void send(NotificationRequest request) {
        dispatcher.send(request);
    }

    @Override
    @Transactional
    public void withdraw(NotificationSubject subject, String kind) {
        dispatcher.withdraw(subject, kind);
    }

    @Override
    @Transactional
    public void emailGuest(GuestEmail email) {
        guests.schedule(email);
    }

    @Override
    public Page<NotificationView> inbox(UserId owner, PageRequest page) {
        return new Page<>(notifications.page(owner.value(), page.offset(), page.size()), page.page(), page.size(),
                notifications.count(owner.value()));
    }

    @Override
    public long unreadCount(UserId owner) {
        return notifications.unread(owner.value());
    }

    @Override
    @Transactional
    public NotificationView markRead(UserId owner, NotificationId id) {
        notifications.find(owner.value(), id.value()).orElseThrow(() -> ProblemException.notFound("Notification", id));
        notifications.markRead(owner.value(), id.value(), clock.millis());
        return notifications.find(owner.value(), id.value()).orElseThrow();
    }
}
