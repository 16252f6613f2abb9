package dev.allot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What an {@code @ApplicationModuleTest} needs besides its modules: a fresh SQLite file (or the
 * PostgreSQL database named by {@code spring.datasource.url}, as in {@link AllotIntegrationTest}),
 * and the test mail server.
 */
public final class ModuleTests {

    private ModuleTests() {}

    public static void databaseAndMail(DynamicPropertyRegistry registry) {
        if (System.getProperty("spring.datasource.url") == null) {
            try {
                String dataDir = Files.createTempDirectory("allot-module-").toString();
                registry.add("allot.data-dir", () -> dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }
}
