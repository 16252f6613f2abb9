package dev.allot.backup.internal;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code allot.backup}: whether the daily backup runs, at what time (UTC), and how many backups are
 * kept in {@code backups/} (the oldest go when a new one is written).
 */
@ConfigurationProperties("allot.backup")
record BackupProperties(@DefaultValue("true") boolean daily, @DefaultValue("02:30") LocalTime at,
        @DefaultValue("7") int keep) {

    BackupProperties {
        if (keep < 1) {
            throw new IllegalArgumentException("allot.backup.keep must be at least 1");
        }
    }
}
