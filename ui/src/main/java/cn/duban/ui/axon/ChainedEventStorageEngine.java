package cn.duban.ui.axon;

import cn.duban.audit.ChainWriter;
import cn.duban.ui.consistency.WrittenPosition;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Axon's JDBC engine whose every append also chains the events (module {@code audit}), in the same transaction: no
 * writer through Axon can store an event without its chain record. The chain is written just before the transaction
 * commits, once for all its events, so the head lock that orders the chain is held only from there to the commit,
 * not while the process engine works.
 */
class ChainedEventStorageEngine extends JdbcEventStorageEngine {

    private final ChainWriter chain;
    private final DataSource dataSource;
    private final TransactionManager transactions;

    ChainedEventStorageEngine(Builder builder, ChainWriter chain, DataSource dataSource,
                              TransactionManager transactions) {
        super(builder);
        this.chain = chain;
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<String> ids = events.stream().map(EventMessage::getIdentifier).toList();
        transactions.executeInTransaction(() -> {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                // without it the head lock would not last to the commit, and events and records could part
                throw new IllegalStateException("events are stored only in a Spring-managed transaction");
            }
            super.appendEvents(events, serializer);
            pending().addAll(ids);
        });
    }

    /**
     * The events this transaction stored so far; the first append registers the chaining before commit. The list
     * belongs to one transaction: it is put aside while a REQUIRES_NEW transaction runs inside it, and that one gets
     * a list (and a chaining) of its own.
     */
    private List<String> pending() {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) TransactionSynchronizationManager.getResource(this);
        if (ids == null) {
            List<String> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResource(ChainedEventStorageEngine.this);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(ChainedEventStorageEngine.this, fresh);
                }

                @Override
                public void beforeCommit(boolean readOnly) {
                    seal(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ChainedEventStorageEngine.this);
                }
            });
            ids = fresh;
        }
        return ids;
    }

    private void seal(List<String> ids) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            WrittenPosition.record(chain.append(connection, ids));
        } catch (SQLException e) {
            throw new IllegalStateException("the events could not be chained, so they are not stored", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
