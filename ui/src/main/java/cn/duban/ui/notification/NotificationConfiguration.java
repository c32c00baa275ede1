package cn.duban.ui.notification;

import cn.duban.ui.DubanProperties;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The planner's processor and the rules of sending. The planner is a pooled streaming processor of its own, so the
 * action that caused a notice never waits for it or fails with it; a planner that fails (the database) stops and
 * tries the same events again, and its first token is the head of the store, so a new installation sends no history.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    static final String PLANNER = "notification-delivery";

    @Bean
    ConfigurerModule notificationPlannerProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessor(PLANNER,
                        org.axonframework.config.Configuration::eventStore,
                        (config, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(PLANNER, config -> PropagatingErrorHandler.instance());
    }

    @Bean
    QuietHours quietHours(NotificationProperties properties, DubanProperties duban) {
        return QuietHours.parse(properties.quietHours(), duban.timeZone());
    }

    @Bean
    RetryPolicy retryPolicy(NotificationProperties properties) {
        return new RetryPolicy(properties.maxAttempts(), properties.firstRetry(), properties.maxRetry());
    }

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway smsGateway() {
        return new LoggingSmsGateway();
    }
}
