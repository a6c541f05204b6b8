package se.uppfoljning.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Response times, sizes and errors per step, collected from many virtual parents at once. */
public final class LoadStats {

    /** The steps in the order a parent meets them; the table is printed in this order. */
    public static final List<String> STEPS = List.of("link", "bootstrap", "init", "navigate", "sync", "return",
            "language", "answer", "next", "submit");
    private static final int KEPT_MESSAGES = 40;

    private record Sample(long nanos, int bytes) {
    }

    /** One line of the result table; times in milliseconds, server time as Vaadin reports it (NaN: none). */
    public record Row(String step, int count, long errors, double p50, double p95, double p99, double max,
                      double serverP50, double serverP95, long meanBytes) {
    }

    private final Map<String, Queue<Sample>> samples = new ConcurrentHashMap<>();
    private final Map<String, Queue<Integer>> serverTimes = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Queue<String> messages = new ConcurrentLinkedQueue<>();
    private final AtomicInteger messageCount = new AtomicInteger();
    private final LongAdder clientNanos = new LongAdder();

    /** A response as the client saw it: from sending the request to the last byte of the answer. */
    public void record(String step, long nanos, int bytes) {
        samples.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(new Sample(nanos, bytes));
    }

    /** The server's own time for a request of this step, as Vaadin reports it in a later response. */
    public void recordServerTime(String step, int ms) {
        serverTimes.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(ms);
    }

    /** Time the load client itself spent parsing answers and updating its copy of the UI (it shares the CPU). */
    public void clientWork(long nanos) {
        clientNanos.add(nanos);
    }

    public double clientSeconds() {
        return clientNanos.sum() / 1e9;
    }

    public void error(String step, String message) {
        errors.computeIfAbsent(step, s -> new LongAdder()).increment();
        if (messageCount.incrementAndGet() <= KEPT_MESSAGES) {
            messages.add(step + ": " + message);
        }
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public List<String> firstErrors() {
        return List.copyOf(messages);
    }

    public int count(String step) {
        Queue<Sample> q = samples.get(step);
        return q == null ? 0 : q.size();
    }

    /** All steps with at least one sample or error, in {@link #STEPS} order, then any others. */
    public List<Row> rows() {
        List<String> names = new ArrayList<>(STEPS);
        samples.keySet().stream().filter(s -> !names.contains(s)).sorted().forEach(names::add);
        errors.keySet().stream().filter(s -> !names.contains(s)).sorted().forEach(names::add);
        List<Row> rows = new ArrayList<>();
        for (String step : names) {
            List<Sample> list = new ArrayList<>(samples.getOrDefault(step, new ConcurrentLinkedQueue<>()));
            long errs = errors.containsKey(step) ? errors.get(step).sum() : 0;
            if (list.isEmpty() && errs == 0) {
                continue;
            }
            double[] ms = list.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
            double[] server = serverTimes.getOrDefault(step, new ConcurrentLinkedQueue<>()).stream()
                    .mapToDouble(Integer::doubleValue).sorted().toArray();
            long meanBytes = (long) list.stream().mapToInt(Sample::bytes).average().orElse(0);
            rows.add(new Row(step, ms.length, errs, percentile(ms, 50), percentile(ms, 95), percentile(ms, 99),
                    ms.length == 0 ? Double.NaN : ms[ms.length - 1],
                    percentile(server, 50), percentile(server, 95), meanBytes));
        }
        return rows;
    }

    /** All samples of the given steps together (e.g. every page action), as one row. */
    public Row combined(String name, List<String> steps) {
        List<Sample> list = new ArrayList<>();
        List<Integer> serverList = new ArrayList<>();
        long errs = 0;
        for (String step : steps) {
            list.addAll(samples.getOrDefault(step, new ConcurrentLinkedQueue<>()));
            serverList.addAll(serverTimes.getOrDefault(step, new ConcurrentLinkedQueue<>()));
            errs += errors.containsKey(step) ? errors.get(step).sum() : 0;
        }
        double[] ms = list.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
        double[] server = serverList.stream().mapToDouble(Integer::doubleValue).sorted().toArray();
        return new Row(name, ms.length, errs, percentile(ms, 50), percentile(ms, 95), percentile(ms, 99),
                ms.length == 0 ? Double.NaN : Arrays.stream(ms).max().orElse(Double.NaN),
                percentile(server, 50), percentile(server, 95),
                (long) list.stream().mapToInt(Sample::bytes).average().orElse(0));
    }

    /** Nearest-rank percentile of sorted values; NaN when there are none. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static Comparator<Row> byStepOrder() {
        return Comparator.comparingInt(r -> STEPS.indexOf(r.step()) < 0 ? Integer.MAX_VALUE : STEPS.indexOf(r.step()));
    }
}
