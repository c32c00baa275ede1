package cn.duban;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Duban (督办): the supervision task-list engine. Scans {@code cn.duban}, so every module's beans are found. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DubanApplication {

    public static void main(String[] args) {
        SpringApplication.run(DubanApplication.class, args);
    }
}
