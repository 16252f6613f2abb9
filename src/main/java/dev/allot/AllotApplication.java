package dev.allot;

import dev.allot.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AllotApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("backup")) {
            // for cron, beside a running Allot: no application is started
            System.exit(BackupCommand.run(args, System.getenv(), System.out));
        }
        SpringApplication.run(AllotApplication.class, args);
    }
}
