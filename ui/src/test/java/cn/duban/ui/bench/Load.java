package cn.duban.ui.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Clients that run lifecycles back to back for a window of time, and what they measured. */
final class Load {

    private Load() {
    }

    record Latency(long p50Millis, long p95Millis) {
        @Override
        public String toString() {
            return "p50 %d ms, p95 %d ms".formatted(p50Millis, p95Millis);
        }
    }

    record Result(double lifecyclesPerSecond, double actionsPerSecond, int errors, Latency all,
                  Map<String, Latency> actions) {
        @Override
        public String toString() {
            return "%.1f lifecycles/s, %.0f actions/s, %s, %d errors".formatted(lifecyclesPerSecond, actionsPerSecond,
                    all, errors);
        }
    }

    static Result run(Lifecycle lifecycle, int clients, Duration window) throws Exception {
        Map<String, List<Long>> timings = new ConcurrentHashMap<>();
        AtomicInteger lifecycles = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        long deadline = started + window.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int number = client;
            done.add(pool.submit(() -> {
                Lifecycle.Recorder recorder = new Lifecycle.Recorder() {
                    @Override
                    public <T> T time(String action, Lifecycle.Action<T> work) throws Exception {
                        long begin = System.nanoTime();
                        T result = work.call();
                        timings.computeIfAbsent(action, a -> Collections.synchronizedList(new ArrayList<>()))
                                .add(System.nanoTime() - begin);
                        return result;
                    }
                };
                while (System.nanoTime() < deadline) {
                    try {
                        lifecycle.run(number, recorder);
                        lifecycles.incrementAndGet();
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.out.println("  error: " + e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : done) {
            client.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> all = new ArrayList<>();
        Map<String, Latency> actions = new LinkedHashMap<>();
        timings.forEach((action, times) -> {
            all.addAll(times);
            actions.put(action, latency(times));
        });
        return new Result(lifecycles.get() / seconds, all.size() / seconds, errors.get(), latency(all), actions);
    }

    /** The round with the median rate of lifecycles. */
    static Result median(List<Result> rounds) {
        List<Result> sorted = rounds.stream().sorted(Comparator.comparingDouble(Result::lifecyclesPerSecond)).toList();
        return sorted.get(sorted.size() / 2);
    }

    private static Latency latency(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new Latency(0, 0);
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Latency(sorted.get(sorted.size() / 2) / 1_000_000,
                sorted.get(Math.min(sorted.size() - 1, sorted.size() * 95 / 100)) / 1_000_000);
    }
}
