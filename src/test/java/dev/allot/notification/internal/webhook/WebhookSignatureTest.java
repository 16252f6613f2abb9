package dev.allot.notification.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allot.platform.ProblemException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void the_signature_is_the_hex_hmac_sha256_of_the_body_keyed_with_the_secret() {
        // RFC 4231, test case 2
        String signature = WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void a_changed_body_or_another_secret_does_not_verify() {
        byte[] body = "{\"type\":\"booking.created\"}".getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.sign("secret", body);

        assertThat(WebhookSignature.verifies("secret", body, signature)).isTrue();
        assertThat(WebhookSignature.verifies("other", body, signature)).isFalse();
        assertThat(WebhookSignature.verifies("secret", "{}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
    }

    @Test
    void new_secrets_differ() {
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(WebhookSignature.newSecret()).startsWith("whsec_");
    }

    @Test
    void only_absolute_http_and_https_addresses_are_webhooks() {
        assertThat(WebhookService.validUrl(" https://hooks.example.test/allot ")).isEqualTo("https://hooks.example.test/allot");
        assertThat(WebhookService.validUrl("http://127.0.0.1:8080/x")).isEqualTo("http://127.0.0.1:8080/x");
        for (String bad : new String[] {"ftp://example.test", "example.test/hook", "https://", "javascript:alert(1)",
                "https://example.test/" + "a".repeat(2000)}) {
            assertThatThrownBy(() -> WebhookService.validUrl(bad)).as(bad).isInstanceOf(ProblemException.class)
                    .hasMessageStartingWith("url: ");
        }
    }
}
