package dev.rescind.benchmarks.pipeline;

import dev.rescind.adapters.inmemory.InMemoryStore;
import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.benchmarks.jdbc.Notes;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Commands per second end to end through Rescind on the in-memory store: each invocation creates a shipment
 * and cancels it, both with idempotency keys, so each command parses its values, checks its key, loads,
 * decides and commits the aggregate, its event into the outbox and its idempotency record. Every thread is
 * a tenant of its own; the threads share one store, as the services of one host do.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(2)
public class PipelineBenchmark {

    /** One store and one Rescind, as a host builds them; emptied before each iteration so it stays small. */
    @State(Scope.Benchmark)
    public static class Host {
        private static final com.sun.management.OperatingSystemMXBean PROCESS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        Rescind rescind;
        final LongAdder commands = new LongAdder();
        boolean measured;
        long cpuAtStart;
        long commandsAtStart;
        long cpu;
        long measuredCommands;

        @Setup(Level.Iteration)
        public void setUp(IterationParams iteration) {
            rescind = Rescind.builder().store(new InMemoryStore()).build();
            measured = iteration.getType() == IterationType.MEASUREMENT;
            cpuAtStart = PROCESS.getProcessCpuTime();
            commandsAtStart = commands.sum();
        }

        /** The process's CPU time per command over the measured iterations: robust where the cores are shared. */
        @TearDown(Level.Iteration)
        public void stopClock() {
            if (measured) {
                cpu += PROCESS.getProcessCpuTime() - cpuAtStart;
                measuredCommands += commands.sum() - commandsAtStart;
            }
        }

        @TearDown(Level.Trial)
        public void note(BenchmarkParams benchmark) {
            Notes.write(benchmark.getBenchmark(), "cpuMicrosPerCommand",
                    String.format(Locale.ROOT, "%.1f", cpu / 1e3 / Math.max(measuredCommands, 1)));
        }
    }

    @State(Scope.Thread)
    public static class Tenant {
        private static final AtomicInteger TENANTS = new AtomicInteger();

        final CommandContext context = CommandContext.of(new TenantId("shop-" + TENANTS.incrementAndGet()),
                Actor.apiKey("shop-api-key"));
        final Instant shipmentDate = Instant.parse("2024-03-01T12:00:00Z");
        long shipments;
    }

    @Benchmark
    @Threads(1)
    public Applied<Shipment> oneThread(Host host, Tenant tenant) {
        return createThenCancel(host, tenant);
    }

    @Benchmark
    @Threads(2)
    public Applied<Shipment> twoThreads(Host host, Tenant tenant) {
        return createThenCancel(host, tenant);
    }

    /** Raw values in, as a host's controller receives them. */
    private static Applied<Shipment> createThenCancel(Host host, Tenant tenant) {
        host.commands.add(2);
        Rescind rescind = host.rescind;
        String number = Long.toString(++tenant.shipments);
        ShipmentId id = new ShipmentId("shipment-" + number);
        NewShipment details = new NewShipment(id, new Reference("order-" + number), ShipmentType.DELIVERY,
                tenant.shipmentDate, Option.none(), Option.none(), Option.none(), Metadata.EMPTY);
        applied(rescind.shipments().create(tenant.context.withIdempotencyKey("create-" + number), details));
        Applied<Shipment> cancelled = applied(rescind.shipments().cancel(
                tenant.context.withIdempotencyKey("cancel-" + number), id,
                Option.some(new Reason("Carrier outage"))));
        if (cancelled.aggregate().status() != ShipmentStatus.CANCELLED) {
            throw new IllegalStateException("not cancelled: " + cancelled.aggregate());
        }
        return cancelled;
    }

    private static <T> T applied(Either<Rejection, T> answer) {
        return answer.getOrElseThrow(rejection -> new IllegalStateException(rejection.toString()));
    }
}
