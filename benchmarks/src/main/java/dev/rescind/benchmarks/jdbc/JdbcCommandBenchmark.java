package dev.rescind.benchmarks.jdbc;

import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.testkit.jdbc.CountingDataSource;
import dev.rescind.testkit.jdbc.CountingDataSource.Counts;
import io.vavr.control.Option;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Cancel-shipment commands per second through Rescind on the JDBC store, against {@link RawCancel} doing the
 * same statements by hand, on the same tables and the same pool, at 1, 4 and 16 client threads. Every
 * invocation cancels a pending shipment no other invocation touches, seeded before the iteration; at the end
 * every cancellation is checked. Both go through one {@link CountingDataSource}, and the checkouts, round
 * trips and transactions per command of the measured iterations are noted beside the client CPU.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JdbcCommandBenchmark {

    static final TenantId TENANT = new TenantId("bench-shop");
    static final String ACTOR_ID = "bench-api-key";
    static final Option<Reason> REASON = Option.some(new Reason("Carrier outage"));

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** One pool as large as the most threads, so that no thread waits for a connection. */
    static final int POOL_SIZE = 16;

    @State(Scope.Benchmark)
    public static class Host {
        @Param({"POSTGRESQL", "H2"})
        public String database;

        Database.Schema schema;
        Fleet fleet;
        JdbcRescindStore store;
        Rescind rescind;
        RawCancel raw;
        CountingDataSource counting;
        Counts countsAtStart;
        Counts counted = new Counts(0, 0, 0);
        final CommandContext context = CommandContext.of(TENANT, Actor.apiKey(ACTOR_ID));
        final AtomicLong next = new AtomicLong();
        long seeded;
        boolean measured;
        long cpuAtStart;
        long commandsAtStart;
        long cpu;
        long commands;
        long usedBefore;
        long mostUsed;

        @Setup(Level.Trial)
        public void open() {
            Database db = Database.valueOf(database);
            schema = db.open(POOL_SIZE);
            fleet = new Fleet(schema, TENANT);
            counting = CountingDataSource.of(schema.pool());
            store = JdbcRescindStore.of(counting.dataSource(), db.dialect());
            rescind = Rescind.builder().store(store).build();
            raw = new RawCancel(counting.dataSource(), db, "API_KEY", ACTOR_ID);
            Notes.write("database:" + database, "version", db.version(schema));
            fleet.seed(TENANT, 1, 100);
            fleet.check(store, TENANT, 1, 50, 100);
            fleet.empty();
        }

        /** Tops the pending shipments up to three times what the busiest iteration so far used. */
        @Setup(Level.Iteration)
        public void topUp(IterationParams iteration) {
            long used = next.get() - usedBefore;
            usedBefore = next.get();
            mostUsed = Math.max(mostUsed, used);
            long wanted = Math.max(database.equals("H2") ? 40_000 : 15_000, 3 * mostUsed);
            if (seeded - next.get() < wanted) {
                fleet.seed(TENANT, seeded + 1, wanted);
                seeded += wanted;
                fleet.analyze();
            }
            startClock(iteration);
        }

        /** The process's CPU time over the measured iterations tells the client's share of a command. */
        private void startClock(IterationParams iteration) {
            measured = iteration.getType() == IterationType.MEASUREMENT;
            cpuAtStart = PROCESS.getProcessCpuTime();
            commandsAtStart = next.get();
            countsAtStart = counting.counts();
        }

        @TearDown(Level.Iteration)
        public void stopClock() {
            if (measured) {
                cpu += PROCESS.getProcessCpuTime() - cpuAtStart;
                commands += next.get() - commandsAtStart;
                Counts iteration = counting.counts().minus(countsAtStart);
                counted = new Counts(counted.checkouts() + iteration.checkouts(),
                        counted.roundTrips() + iteration.roundTrips(),
                        counted.transactions() + iteration.transactions());
            }
        }

        /** Every shipment the trial cancelled, once, at version 2, with its own event, and readable by the store. */
        @TearDown(Level.Trial)
        public void close(BenchmarkParams benchmark) {
            fleet.checkCancelled(store, TENANT, next.get());
            String subject = benchmark.getBenchmark() + ":" + database + ":" + benchmark.getThreads();
            long per = Math.max(commands, 1);
            Notes.write(subject, "cpuMicrosPerCommand", String.format(Locale.ROOT, "%.1f", cpu / 1e3 / per));
            Notes.write(subject, "countsPerCommand", String.format(Locale.ROOT, "%.2f / %.2f / %.2f",
                    (double) counted.checkouts() / per, (double) counted.transactions() / per,
                    (double) counted.roundTrips() / per));
            schema.close();
        }

        String nextShipment() {
            long number = next.incrementAndGet();
            if (number > seeded) {
                throw new IllegalStateException("all " + seeded + " seeded shipments are cancelled; seed more");
            }
            return Fleet.id(number);
        }
    }

    @Benchmark
    @Threads(1)
    public Shipment rescind1(Host host) {
        return rescind(host);
    }

    @Benchmark
    @Threads(4)
    public Shipment rescind4(Host host) {
        return rescind(host);
    }

    @Benchmark
    @Threads(16)
    public Shipment rescind16(Host host) {
        return rescind(host);
    }

    @Benchmark
    @Threads(1)
    public boolean raw1(Host host) throws SQLException {
        return raw(host);
    }

    @Benchmark
    @Threads(4)
    public boolean raw4(Host host) throws SQLException {
        return raw(host);
    }

    @Benchmark
    @Threads(16)
    public boolean raw16(Host host) throws SQLException {
        return raw(host);
    }

    private static Shipment rescind(Host host) {
        Applied<Shipment> applied = host.rescind.shipments()
                .cancel(host.context, new ShipmentId(host.nextShipment()), REASON)
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.toString()));
        if (applied.aggregate().status() != ShipmentStatus.CANCELLED) {
            throw new IllegalStateException("not cancelled: " + applied.aggregate());
        }
        return applied.aggregate();
    }

    private static boolean raw(Host host) throws SQLException {
        if (!host.raw.cancel(TENANT, host.nextShipment(), REASON.get().value())) {
            throw new IllegalStateException("not cancellable");
        }
        return true;
    }
}
