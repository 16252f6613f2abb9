package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.allot.testing.AllotIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin's backups page (issue 15): "Back up now" writes one, and the list offers it for download. */
class BackupPageIT extends AllotIntegrationTest {

    @Test
    void an_admin_backs_up_from_the_page_and_finds_the_backup_listed() {
        assumeFalse(onPostgres(), "SQLite's backup");
        WebSession admin = WebSession.signedIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
        String page = admin.getPage("/admin/backups").body();
        assertThat(page).contains("Back up now");

        HttpResponse<String> made = admin.post("/admin/backups", Map.of("_csrf", WebSession.hidden(page, "_csrf")));

        assertThat(made.statusCode()).isEqualTo(302);
        String listed = admin.getPage("/admin/backups").body();
        assertThat(listed).contains("Backup written: allot-").contains("/api/v1/backups/allot-").contains(" UTC");
        // a language chosen sticks to the person: a fresh admin of its own, not the shared one
        assertThat(WebSession.signedIn(port, withRole("ADMIN").email(), PASSWORD).getPage("/admin/backups?lang=ru").body()).contains("Сделать копию сейчас");
    }
}
