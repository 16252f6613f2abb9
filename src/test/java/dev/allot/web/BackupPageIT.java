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
        assertThat(listed).contains("Backup written: allot-").contains("/admin/backups/allot-").contains(" UTC");
        String name = listed.replaceFirst("(?s).*href=\"/admin/backups/(allot-[0-9-]+\\.db)\".*", "$1");
        HttpResponse<String> download = admin.get("/admin/backups/" + name);
        assertThat(download.statusCode()).as("the page's download works in the browser's session").isEqualTo(200);
        assertThat(download.body()).startsWith("SQLite format 3");
        // a language chosen sticks to the person: a fresh admin of its own, not the shared one
        assertThat(WebSession.signedIn(port, withRole("ADMIN").email(), PASSWORD).getPage("/admin/backups?lang=ru").body()).contains("Сделать копию сейчас");
    }
}
