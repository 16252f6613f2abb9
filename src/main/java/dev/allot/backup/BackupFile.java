package dev.allot.backup;

import java.time.Instant;

/** A backup in the data folder's {@code backups/}: its file name, size and when it was written. */
public record BackupFile(String name, long bytes, Instant createdAt) {}
