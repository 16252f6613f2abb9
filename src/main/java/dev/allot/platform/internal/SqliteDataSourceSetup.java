package dev.allot.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes a SQLite data source durable and safe for concurrent writers before its first connection:
 * the data folder exists, WAL with {@code synchronous=FULL} (a booking answered 201 is on disk),
 * foreign keys on, a busy timeout, and every transaction begun IMMEDIATE so that the overlap check
 * and the insert of a booking run under SQLite's single write lock.
 */
@Component
class SqliteDataSourceSetup implements BeanPostProcessor {

    private final String synchronous;
    private final int busyTimeoutMillis;

    SqliteDataSourceSetup(
            @Value("${allot.sqlite.synchronous:FULL}") String synchronous,
            @Value("${allot.sqlite.busy-timeout-millis:30000}") int busyTimeoutMillis) {
        this.synchronous = synchronous;
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari
                && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:sqlite:")) {
            createParentFolder(hikari.getJdbcUrl());
            hikari.addDataSourceProperty("journal_mode", "WAL");
            hikari.addDataSourceProperty("synchronous", synchronous);
            hikari.addDataSourceProperty("foreign_keys", "true");
            hikari.addDataSourceProperty("busy_timeout", String.valueOf(busyTimeoutMillis));
            hikari.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        }
        return bean;
    }

    private static void createParentFolder(String jdbcUrl) {
        String file = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.startsWith("file:")) {
            file = file.substring("file:".length());
        }
        if (file.isBlank() || file.startsWith(":memory:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + parent, e);
        }
    }
}
