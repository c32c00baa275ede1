package cn.duban;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Duban (督办): the supervision task-list engine. Scans {@code cn.duban}, so every module's beans are found. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DubanApplication {

    /*
     * Axon 4.12 reports usage to AxonIQ at start-up. Offline government networks block it anyway, and in 4.12.2 only
     * this system property (or an environment variable, or a file in the user's home) turns it off: the Spring
     * property axon.update-check.disabled is not consulted. Set here so tests that load this class get it too.
     */
    static {
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(DubanApplication.class, args);
    }
}
