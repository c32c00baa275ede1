package cn.duban.workflows;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event-to-process bridge runs as a subscribing processor, in the thread and transaction of the command that
 * published the events, and a failure there propagates: the command's events and the process step commit together
 * or not at all (docs/DESIGN.md, principle 3).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkflowSettings.class)
class WorkflowConfiguration {

    static final String BRIDGE = "workflow-bridge";

    @Bean
    ConfigurerModule workflowBridgeProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(BRIDGE)
                .registerListenerInvocationErrorHandler(BRIDGE, config -> PropagatingErrorHandler.instance());
    }
}
