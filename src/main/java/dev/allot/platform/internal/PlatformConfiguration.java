package dev.allot.platform.internal;

import dev.allot.platform.DatabaseVendor;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DatabaseVendor databaseVendor(@Value("${spring.datasource.url}") String url) {
        return DatabaseVendor.fromJdbcUrl(url);
    }

    /**
     * On SQLite, transactions queue in Java for the single write lock (see SqliteTransactionManager);
     * on PostgreSQL, Spring's usual JDBC transaction manager.
     */
    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource, DatabaseVendor vendor,
            @Value("${allot.sqlite.busy-timeout-millis:30000}") long busyTimeoutMillis) {
        return vendor == DatabaseVendor.SQLITE ? new SqliteTransactionManager(dataSource, busyTimeoutMillis)
                : new JdbcTransactionManager(dataSource);
    }

    /** Right after the security filters: see {@link RequestLimitsFilter}. */
    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(ProblemResponses problems,
            @Value("${allot.web.max-body-anonymous:256KB}") DataSize anonymousLimit,
            @Value("${allot.web.max-body:10MB}") DataSize signedInLimit) {
        FilterRegistrationBean<RequestLimitsFilter> registration = new FilterRegistrationBean<>(
                new RequestLimitsFilter(problems, anonymousLimit, signedInLimit));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** Nullable and required properties in the API description, as the records declare them. */
    @Bean
    NullableComponents nullableComponents() {
        return new NullableComponents();
    }

    @Bean
    OpenAPI allotOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Allot API")
                        .version("v1")
                        .description("Book meeting rooms, desks and equipment. Get a token from "
                                + "POST /api/v1/auth/token and send it as 'Authorization: Bearer <token>'."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
