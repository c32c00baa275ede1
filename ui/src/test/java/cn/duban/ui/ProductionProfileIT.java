package cn.duban.ui;

import cn.duban.DubanApplication;
import cn.duban.ui.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production profile starts with no demo users, and refuses to start while a default password would work. */
class ProductionProfileIT {

    @Test
    void production_starts_without_demo_users_or_data() {
        String url = TestDatabase.fresh("duban_it_prod");
        try (ConfigurableApplicationContext production = start(url, "postgres", "prod")) {
            JdbcTemplate jdbc = production.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Integer.class)).isZero();
        }
    }

    @Test
    void production_refuses_to_start_where_the_demo_passwords_would_work() {
        String url = TestDatabase.fresh("duban_it_prod_demo");
        start(url, "postgres").close();

        assertThatThrownBy(() -> start(url, "postgres", "prod"))
                .hasStackTraceContaining("refuses to start")
                .hasStackTraceContaining("office");
    }

    @Test
    void production_refuses_to_start_with_demo_data_switched_on() {
        String url = TestDatabase.fresh("duban_it_prod");
        assertThatThrownBy(() -> start(url, "postgres", "prod", "--duban.demo.enabled=true"))
                .hasStackTraceContaining("duban.demo.enabled=true");
    }

    /** Profiles by name, extra arguments as {@code --name=value}. */
    private static ConfigurableApplicationContext start(String url, String... profilesAndArguments) {
        String[] profiles = Arrays.stream(profilesAndArguments).filter(p -> !p.startsWith("--")).toArray(String[]::new);
        String[] arguments = Stream.concat(Stream.of("--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + TestDatabase.USER, "--camunda.bpm.job-execution.enabled=false"),
                Arrays.stream(profilesAndArguments).filter(p -> p.startsWith("--"))).toArray(String[]::new);
        return new SpringApplicationBuilder(DubanApplication.class).profiles(profiles).run(arguments);
    }
}
