package cn.duban.query.cluster;

import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * This application's name among the nodes: the owner of its segment claims, its heartbeat and any rebuild lease it
 * holds. The JVM's name (pid@host) alone is not unique: two applications in one JVM, or two containers that both run
 * as pid 1 on the same host name, would take each other's claims for their own.
 */
@Component
public class ThisNode {

    private final String id = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    public String id() {
        return id;
    }
}
