package dev.allot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AllotApplication {

    public static void main(String[] args) {
        SpringApplication.run(AllotApplication.class, args);
    }
}
