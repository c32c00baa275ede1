package cn.duban.ui.history;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Checkpoints are signed on a schedule ({@link Checkpoints#onInterval}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class HistoryConfiguration {
}
