package dev.allot.backup.web;

import dev.allot.backup.BackupFile;
import dev.allot.backup.Backups;
import dev.allot.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Backups over REST (issue 15), for admins: take one now, list them, download one. */
@RestController
@Tag(name = "Backups")
class BackupController {

    /** What a SQLite database file is. */
    static final MediaType SQLITE = MediaType.parseMediaType("application/vnd.sqlite3");

    private final Backups backups;

    BackupController(Backups backups) {
        this.backups = backups;
    }

    @PostMapping("/api/v1/backups")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets it
    @Operation(summary = "Back up the SQLite database now, while Allot runs (409 on PostgreSQL: use pg_dump)")
    ResponseEntity<BackupFile> backUp(@AuthenticationPrincipal CurrentUser me) {
        BackupFile made = backups.backUp(me);
        return ResponseEntity.created(URI.create("/api/v1/backups/" + made.name())).body(made);
    }

    @GetMapping("/api/v1/backups")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The backups in the data folder, newest first")
    List<BackupFile> list(@AuthenticationPrincipal CurrentUser me) {
        return backups.list(me);
    }

    @GetMapping("/api/v1/backups/{name}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Download a backup: a SQLite database file")
    ResponseEntity<Resource> download(@PathVariable String name, @AuthenticationPrincipal CurrentUser me) {
        return file(backups.file(name, me), name);
    }

    /** A backup's file as a download (the API's and the admin page's). */
    static ResponseEntity<Resource> file(Path file, String name) {
        return ResponseEntity.ok()
                .contentType(SQLITE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }
}
