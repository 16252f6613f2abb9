package dev.allot.notification.internal.webhook;

import dev.allot.identity.CurrentUser;
import dev.allot.notification.RegisteredWebhook;
import dev.allot.notification.WebhookDeliveryView;
import dev.allot.notification.WebhookEvent;
import dev.allot.notification.WebhookId;
import dev.allot.notification.WebhookView;
import dev.allot.notification.Webhooks;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import dev.allot.platform.ProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class WebhookService implements Webhooks {

    private static final Logger log = LoggerFactory.getLogger(WebhookService.class);

    private final WebhookRepository webhooks;
    private final WebhookTargets targets;
    private final WebhookPublisher publisher;
    private final Clock clock;

    private static final String ADMINS_ONLY = "Only admins manage webhooks";

    WebhookService(WebhookRepository webhooks, WebhookPublisher publisher, Clock clock, WebhookTargets targets) {
        this.targets = targets;
        this.webhooks = webhooks;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void publish(WebhookEvent event) {
        publisher.publish(event);
    }

    @Override
    public List<WebhookView> webhooks(CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        return webhooks.all();
    }

    @Override
    @Transactional
    public RegisteredWebhook register(String url, @Nullable String description, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        String address = validUrl(url);
        targets.checkRegistration(address);
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > MAX_DESCRIPTION_LENGTH) {
            throw ProblemException.invalidField("description", "must be at most " + MAX_DESCRIPTION_LENGTH
                    + " characters");
        }
        String secret = WebhookSignature.newSecret();
        Instant now = clock.instant();
        long id = webhooks.insert(address, secret, text, now);
        log.info("Webhook {} registered for {}", id, URI.create(address).getHost());
        return new RegisteredWebhook(new WebhookView(new WebhookId(id), address, text, true, now), secret);
    }

    @Override
    @Transactional
    public void delete(WebhookId id, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        if (!webhooks.delete(id.value())) {
            throw ProblemException.notFound("webhook", id);
        }
        log.info("Webhook {} deleted", id);
    }

    @Override
    public Page<WebhookDeliveryView> deliveries(WebhookId id, PageRequest page, CurrentUser admin) {
        admin.requireAdmin(ADMINS_ONLY);
        if (webhooks.find(id.value()).isEmpty()) {
            throw ProblemException.notFound("webhook", id);
        }
        return new Page<>(webhooks.deliveries(id.value(), page.size(), page.offset()), page.page(), page.size(),
                webhooks.countDeliveries(id.value()));
    }

    /** An absolute http or https address with a host, at most {@link #MAX_URL_LENGTH} characters. */
    static String validUrl(@Nullable String url) {
        String address = url == null ? "" : url.strip();
        if (address.isEmpty()) {
            throw ProblemException.invalidField("url", "must not be blank");
        }
        if (address.length() > MAX_URL_LENGTH) {
            throw ProblemException.invalidField("url", "must be at most " + MAX_URL_LENGTH + " characters");
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw ProblemException.invalidField("url", "must be an http or https address");
            }
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField("url", "must be an http or https address");
        }
        return address;
    }
}
