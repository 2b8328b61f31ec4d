package dev.rescind.benchmarks.jdbc;

import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.application.BatchItem;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
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

/**
 * A carrier outage: 10,000 pending shipments of one tenant cancelled through {@code cancelAll} in one call,
 * against the same 10,000 cancelled one command at a time, and against raw JDBC batching of the same
 * statements ({@link RawCancel#cancelAll}). Each shot starts from the same 10,000 freshly
 * seeded shipments, and after each the tables are checked: every shipment cancelled once, at version 2, with
 * its own event.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkCancelBenchmark {

    static final int SHIPMENTS = 10_000;
    static final String REASON_TEXT = JdbcCommandBenchmark.REASON.get().value();

    @State(Scope.Benchmark)
    public static class Host {
        @Param({"POSTGRESQL", "H2"})
        public String database;

        Database.Schema schema;
        Fleet fleet;
        JdbcRescindStore store;
        Rescind rescind;
        RawCancel raw;
        final CommandContext context = CommandContext.of(JdbcCommandBenchmark.TENANT,
                Actor.apiKey(JdbcCommandBenchmark.ACTOR_ID));
        final List<ShipmentId> ids = LongStream.rangeClosed(1, SHIPMENTS)
                .mapToObj(number -> new ShipmentId(Fleet.id(number))).toList();
        final List<String> rawIds = ids.stream().map(ShipmentId::value).toList();

        @Setup(Level.Trial)
        public void open() {
            Database db = Database.valueOf(database);
            schema = db.open(4);
            fleet = new Fleet(schema, JdbcCommandBenchmark.TENANT);
            store = JdbcRescindStore.of(schema.pool(), db.dialect());
            rescind = Rescind.builder().store(store).build();
            raw = new RawCancel(schema.pool(), db, "API_KEY", JdbcCommandBenchmark.ACTOR_ID);
        }

        @Setup(Level.Iteration)
        public void seed() {
            fleet.empty();
            fleet.seed(JdbcCommandBenchmark.TENANT, 1, SHIPMENTS);
            fleet.analyze();
        }

        @TearDown(Level.Iteration)
        public void check() {
            fleet.checkCancelled(store, JdbcCommandBenchmark.TENANT, SHIPMENTS);
        }

        @TearDown(Level.Trial)
        public void close() {
            schema.close();
        }
    }

    @Benchmark
    public int batch(Host host) {
        List<BatchItem<Shipment>> items = host.rescind.shipments()
                .cancelAll(host.context, host.ids, JdbcCommandBenchmark.REASON)
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.toString()));
        for (BatchItem<Shipment> item : items) {
            if (item.outcome().isLeft()) {
                throw new IllegalStateException(item.id() + " was not cancelled: " + item.outcome().getLeft());
            }
        }
        return items.size();
    }

    /** Raw JDBC batching of the same statements, the floor under any batch API on this database. */
    @Benchmark
    public int rawBatch(Host host) throws SQLException {
        int cancelled = host.raw.cancelAll(JdbcCommandBenchmark.TENANT, host.rawIds, REASON_TEXT,
                host.schema.database().dialect() == Dialect.H2 ? 1 : 1000);
        if (cancelled != SHIPMENTS) {
            throw new IllegalStateException("cancelled " + cancelled);
        }
        return cancelled;
    }

    @Benchmark
    public int oneAtATime(Host host) {
        for (ShipmentId id : host.ids) {
            host.rescind.shipments().cancel(host.context, id, JdbcCommandBenchmark.REASON)
                    .getOrElseThrow(rejection -> new IllegalStateException(id + ": " + rejection));
        }
        return host.ids.size();
    }
}
