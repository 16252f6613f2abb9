package dev.allot.platform.internal;

import dev.allot.platform.DatabaseVendor;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
