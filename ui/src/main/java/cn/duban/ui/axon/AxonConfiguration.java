package cn.duban.ui.axon;

import cn.duban.query.cluster.ThisNode;
import cn.duban.api.Actor;
import cn.duban.api.EvidenceAttachedUpcaster;
import cn.duban.api.GapsReviewedUpcaster;
import cn.duban.audit.ChainWriter;
import cn.duban.query.cluster.ThisNode;
import cn.duban.ui.history.HistoryProperties;
import cn.duban.ui.DubanProperties;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
class AxonConfiguration {

    /** Replays read in batches: a transaction and token update per event is several times slower (docs/PITFALLS.md). */
    static final int BATCH_SIZE = 100;

    /** The tables of V1__event_store.sql; Axon's defaults are CamelCase names that PostgreSQL folds to lower case. */
    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Axon's JDBC engine as its auto-configuration builds it, plus the gap settings of {@link EventStoreProperties},
     * and every append chained ({@link ChainedEventStorageEngine}).
     * The global index is an identity column stepping by 1 from 1 (V1__event_store.sql), hence the lowest sequence.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer events,
                                          PersistenceExceptionResolver resolver, ConnectionProvider connections,
                                          TransactionManager transactions, EventSchema schema,
                                          org.axonframework.config.Configuration configuration,
                                          EventStoreProperties properties, HistoryProperties history,
                                          DataSource dataSource) {
        var builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(events)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(resolver)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .batchSize(BATCH_SIZE)
                // Axon's defaults stand for the rest: the lowest global sequence 1, the extended gap check on
                .gapTimeout(Math.toIntExact(properties.gapTimeout().toMillis()))
                .maxGapOffset(properties.maxGapOffset());
        return new ChainedEventStorageEngine(builder, new ChainWriter(history.hashAlgorithm()), dataSource,
                transactions);
    }

    /** Axon's embedded event store as its auto-configuration builds it, woken after the database commit. */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                  org.axonframework.config.Configuration configuration) {
        return new CommittedEventStore(EmbeddedEventStore.builder().storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)));
    }

    /** Old shapes of events, read as today's (events are forever: the stored bytes are never rewritten). */
    @Bean
    EvidenceAttachedUpcaster evidenceAttachedUpcaster() {
        return new EvidenceAttachedUpcaster();
    }

    @Bean
    GapsReviewedUpcaster gapsReviewedUpcaster() {
        return new GapsReviewedUpcaster();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Axon's JDBC token store as its auto-configuration builds it, owned by this node's own id ({@link ThisNode}):
     * Axon's default owner, the JVM's name, is not unique.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema schema,
                          TokenStoreProperties properties, ThisNode node) {
        return JdbcTokenStore.builder().connectionProvider(connections).schema(schema).serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(node.id())
                .build();
    }

    /**
     * Every projection is a pooled streaming processor with its own token, so it can be dropped and replayed. Each
     * node claims its share of the segments ({@link WorkShare}); segments nobody holds (after an outage, or a node's
     * death) are looked for every second instead of every five.
     */
    @Bean
    ConfigurerModule pooledStreamingProcessors(WorkShare share) {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors(
                (config, builder) -> builder.batchSize(BATCH_SIZE).tokenClaimInterval(TOKEN_CLAIM_INTERVAL_MILLIS)
                        .maxSegmentProvider(share));
    }

    static final long TOKEN_CLAIM_INTERVAL_MILLIS = 1000;

    /** Axon's trace and correlation ids: the trace is the request's, the correlation id the causing message's. */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /** Who acted travels from each command to the events it causes. */
    @Bean
    CorrelationDataProvider actorOrigin() {
        return new SimpleCorrelationDataProvider(Actor.USERNAME, Actor.ORGANIZATION, Actor.ROLES);
    }

    @Bean
    Clock clock(DubanProperties properties) {
        return Clock.system(properties.timeZone());
    }

    /** Axon stamps events from a static clock; point it at the injected one so tests and replays control time. */
    @Bean
    InitializingBean axonClock(Clock clock) {
        return () -> GenericEventMessage.clock = clock;
    }
}
