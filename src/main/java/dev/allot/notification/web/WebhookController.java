package dev.allot.notification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import dev.allot.identity.CurrentUser;
import dev.allot.notification.RegisteredWebhook;
import dev.allot.notification.WebhookDeliveryView;
import dev.allot.notification.WebhookId;
import dev.allot.notification.WebhookView;
import dev.allot.notification.Webhooks;
import dev.allot.platform.Page;
import dev.allot.platform.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Outgoing webhooks for admins: register, list, delete, and each one's delivery log. */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks")
@PreAuthorize("hasRole('ADMIN')")
class WebhookController {

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record WebhookRequest(
            @Schema(description = "An http or https address that accepts POST requests")
            @NotBlank @Size(max = Webhooks.MAX_URL_LENGTH) String url,
            @Size(max = Webhooks.MAX_DESCRIPTION_LENGTH) @Nullable String description) {}

    record WebhookResponse(long id, String url, @Nullable String description, boolean active, Instant createdAt,
            @Schema(description = "Signs every delivery (X-Allot-Signature); given only once, when the webhook "
                    + "is registered") @Nullable String secret) {

        static WebhookResponse of(WebhookView webhook, @Nullable String secret) {
            return new WebhookResponse(webhook.id().value(), webhook.url(), webhook.description(), webhook.active(),
                    webhook.createdAt(), secret);
        }
    }

    record DeliveryResponse(long id, String eventType, String status, int attempts, @Nullable Integer lastStatusCode,
            @Nullable String lastError, Instant createdAt, @Nullable Instant deliveredAt) {

        static DeliveryResponse of(WebhookDeliveryView delivery) {
            return new DeliveryResponse(delivery.id(), delivery.eventType(), delivery.status().name(),
                    delivery.attempts(), delivery.lastStatusCode(), delivery.lastError(), delivery.createdAt(),
                    delivery.deliveredAt());
        }
    }

    @GetMapping
    @Operation(summary = "Registered webhooks, oldest first (without their secrets)")
    List<WebhookResponse> webhooks(@AuthenticationPrincipal CurrentUser me) {
        return webhooks.webhooks(me).stream().map(webhook -> WebhookResponse.of(webhook, null)).toList();
    }

    @PostMapping
    @Operation(summary = "Register a webhook; the answer carries its signing secret, shown only this once")
    @ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets it
    ResponseEntity<WebhookResponse> register(@Valid @RequestBody WebhookRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        RegisteredWebhook registered = webhooks.register(request.url(), request.description(), me);
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + registered.webhook().id()))
                .body(WebhookResponse.of(registered.webhook(), registered.secret()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a webhook with its delivery log; pending deliveries are dropped")
    ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        webhooks.delete(new WebhookId(id), me);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "A webhook's deliveries, newest first")
    Page<DeliveryResponse> deliveries(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal CurrentUser me) {
        return webhooks.deliveries(new WebhookId(id), new PageRequest(page, size), me).map(DeliveryResponse::of);
    }
}
