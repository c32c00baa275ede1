package cn.duban.query.ledger;

import cn.duban.query.Projection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For every {@link Projection}'s processor: the ledger interceptor, the ledger's reset, and errors that propagate.
 * Axon's default logs a failing handler and moves on, which silently loses that event for the projection; propagating
 * rolls the batch back and retries it, so a projection stops visibly instead of skipping (its token stays put).
 */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    ConfigurerModule projectionLedgers(ObjectProvider<Projection> projections, JdbcTemplate jdbc,
                                       ApplicationEventPublisher publisher, DeadLetters letters,
                                       ReconciliationCheckpoints checkpoints) {
        return configurer -> projections.orderedStream().map(Projection::processingGroup).forEach(group -> {
            configurer.eventProcessing()
                    .registerHandlerInterceptor(group, config -> new LedgerInterceptor(group, jdbc, publisher, letters))
                    .registerListenerInvocationErrorHandler(group, config -> PropagatingErrorHandler.instance())
                    .registerEventHandler(config -> new LedgerReset(group, jdbc, letters, checkpoints))
                    .assignHandlerInstancesMatching(group,
                            handler -> handler instanceof LedgerReset reset && reset.belongsTo(group));
        });
    }
}
