package cn.duban.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;

/**
 * Duban's own settings.
 *
 * @param dataDir  where the embedded default keeps its database
 * @param timeZone the zone in which deadlines (dates) are judged; instants are always UTC
 * @param demo     whether the demo organizations, plan and users are loaded at the first start
 */
@ConfigurationProperties("duban")
public record DubanProperties(String dataDir, ZoneId timeZone, Demo demo) {

    public record Demo(boolean enabled) {
    }
}
