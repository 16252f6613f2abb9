package dev.allot.backup;

import dev.allot.identity.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A backup was written: by an admin ({@code actor}), or by the daily task (no actor). */
public record BackupMade(BackupFile file, @Nullable UserId actor, Instant occurredAt) {}
