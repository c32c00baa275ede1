package cn.duban.ui.cluster;

import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that write through the nodes in turn until stopped, and remember every write a node acknowledged: each
 * client acknowledges its task and then reports on it again and again, and every third request registers an
 * organization. A node that is away (killed, or not answering) is a request not acknowledged, never an error of the
 * test; {@link #lost} then asks the store for every acknowledged write.
 */
final class Load {

    /** A task and the unit that answers for it. */
    record Work(String task, String unit) {
    }

    private final List<Node> nodes;
    private final List<Work> work;
    private final Set<Node> dropped = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong acknowledged = new AtomicLong();
    private final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> reports = new ConcurrentHashMap<>();
    private final Set<String> acknowledgements = ConcurrentHashMap.newKeySet();
    private final List<String> organizations = new CopyOnWriteArrayList<>();
    /** The first answers that were errors of the server other than 503, to be shown when a test fails. */
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final List<Future<?>> clients = new CopyOnWriteArrayList<>();
    private ExecutorService pool;

    Load(List<Node> nodes, List<Work> work) {
        this.nodes = nodes;
        this.work = work;
    }

    void start(int count) {
        pool = Executors.newFixedThreadPool(count);
        for (int client = 0; client < count; client++) {
            Work mine = work.get(client % work.size());
            int number = client;
            clients.add(pool.submit(() -> run(number, mine)));
        }
    }

    /** Sends no more requests to the node (it is dead); requests under way to it fail as they will. */
    void drop(Node node) {
        dropped.add(node);
    }

    void stop() throws Exception {
        running.set(false);
        for (Future<?> client : clients) {
            client.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    List<String> unexpected() {
        return unexpected;
    }

    long acknowledged() {
        return acknowledged.get();
    }

    /** How often each status was answered; -1 for no answer (connection refused or reset). */
    Map<Integer, Integer> answers() {
        Map<Integer, Integer> counted = new java.util.TreeMap<>();
        answers.forEach((status, count) -> counted.put(status, count.get()));
        return counted;
    }

    /** Acknowledged writes the store does not hold: each acknowledged report, acknowledgement and registration. */
    long lost() {
        long lost = 0;
        for (Map.Entry<String, AtomicInteger> task : reports.entrySet()) {
            lost += Math.max(0, task.getValue().get() - ClusterFaultIT.events(task.getKey(), "ProgressReported"));
        }
        for (String task : acknowledgements) {
            lost += ClusterFaultIT.events(task, "TaskAcknowledged") == 1 ? 0 : 1;
        }
        for (String code : organizations) {
            lost += ClusterFaultIT.events(code, "OrganizationRegistered") == 1 ? 0 : 1;
        }
        return lost;
    }

    private void run(int client, Work mine) {
        int request = 0;
        while (running.get()) {
            request++;
            Node node = nodes.get((client + request) % nodes.size());
            if (dropped.contains(node)) {
                node = nodes.stream().filter(other -> !dropped.contains(other)).findFirst().orElseThrow();
            }
            try {
                if (request % 3 == 0) {
                    register(node, client, request);
                } else {
                    act(node, mine, request);
                }
            } catch (ResourceAccessException e) {
                answers.computeIfAbsent(-1, status -> new AtomicInteger()).incrementAndGet();
                ClusterFaultIT.sleep(java.time.Duration.ofMillis(100));
            }
        }
    }

    private void act(Node node, Work mine, int request) {
        if (!acknowledgements.contains(mine.task())) {
            ResponseEntity<?> answer = node.api().post(mine.unit(), "/api/tasks/" + mine.task() + "/acknowledge",
                    null);
            // acknowledged now, or (409) by a request whose answer was lost: either way the unit reports from here on
            if (answered(answer) || answer.getStatusCode().value() == 409) {
                acknowledgements.add(mine.task());
            }
            return;
        }
        if (answered(node.api().post(mine.unit(), "/api/tasks/" + mine.task() + "/reports",
                Map.of("figures", Map.of("love_stations", 1 + request % 4), "narrative", "第" + request + "次报送")))) {
            reports.computeIfAbsent(mine.task(), task -> new AtomicInteger()).incrementAndGet();
        }
    }

    private void register(Node node, int client, int request) {
        String code = "load-" + client + "-" + request + "-" + UUID.randomUUID().toString().substring(0, 8);
        if (answered(node.api().post("office", "/api/organizations", Map.of("code", code, "name", "压力测试工会",
                "type", "GRASSROOTS_UNION", "parent", "jieshou")))) {
            organizations.add(code);
        }
    }

    /** Counts the answer; true for an acknowledged write. */
    private boolean answered(ResponseEntity<?> answer) {
        int status = answer.getStatusCode().value();
        answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        if (status >= 500 && status != 503 && unexpected.size() < 5) {
            unexpected.add(status + " " + answer.getBody());
        }
        if (answer.getStatusCode().is2xxSuccessful()) {
            acknowledged.incrementAndGet();
            return true;
        }
        return false;
    }
}
