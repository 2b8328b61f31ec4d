package dev.rescind.benchmarks.jdbc;

import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Cursor;
import dev.rescind.application.Page;
import dev.rescind.application.PageRequest;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * Cost as the tables grow: one cancel-shipment command, and one page of 50 pending shipments after a cursor in
 * the middle of the range, with 10⁴, 10⁵ and 10⁶ shipments (each with its creation event) in one tenant. The
 * commands cancel shipments spread over the whole range; after each iteration they are made pending again,
 * so every iteration sees the same tables.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GrowthBenchmark {

    /** Coprime with every power of ten, so {@code k * STRIDE mod rows} visits every shipment once per lap. */
    private static final long STRIDE = 7_919;

    private static final int SEED_CHUNK = 250_000;

    @State(Scope.Benchmark)
    public static class Host {
        @Param({"10000", "100000", "1000000"})
        public long rows;

        @Param({"POSTGRESQL"})
        public String database;

        Database.Schema schema;
        Fleet fleet;
        JdbcRescindStore store;
        Rescind rescind;
        PageRequest middle;
        final CommandContext context = CommandContext.of(JdbcCommandBenchmark.TENANT,
                Actor.apiKey(JdbcCommandBenchmark.ACTOR_ID));
        long commands;

        @Setup(Level.Trial)
        public void open() {
            Database db = Database.valueOf(database);
            schema = db.open(2);
            fleet = new Fleet(schema, JdbcCommandBenchmark.TENANT);
            store = JdbcRescindStore.of(schema.pool(), db.dialect());
            rescind = Rescind.builder().store(store).build();
            long started = System.nanoTime();
            for (long from = 1; from <= rows; from += SEED_CHUNK) {
                fleet.seed(JdbcCommandBenchmark.TENANT, from, Math.min(SEED_CHUNK, rows - from + 1));
            }
            fleet.analyze();
            fleet.check(store, JdbcCommandBenchmark.TENANT, 1, rows / 2, rows);
            String key = database + ":" + rows;
            Notes.write(key, "seedSeconds", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
            middle = new PageRequest(50, Option.some(new Cursor(Fleet.id(rows / 2))));
            if (db == Database.POSTGRESQL) {
                String tenant = JdbcCommandBenchmark.TENANT.value();
                Notes.write(key, "planFind", fleet.plan("SELECT tenant_id, id, version, status, document"
                        + " FROM rescind_shipments WHERE tenant_id = '" + tenant + "' AND id = '" + Fleet.id(rows / 3)
                        + "'"));
                Notes.write(key, "sharedBuffers", fleet.value("SHOW shared_buffers"));
                Notes.write(key, "tableSizes", fleet.value("SELECT pg_size_pretty(pg_total_relation_size("
                        + "'rescind_shipments')) || ' and ' || pg_size_pretty(pg_total_relation_size('rescind_events'))"));
                Notes.write(key, "planList", fleet.plan("SELECT tenant_id, id, version, status, document"
                        + " FROM rescind_shipments WHERE tenant_id = '" + tenant + "' AND status = 'PENDING'"
                        + " AND id > '" + Fleet.id(rows / 2) + "' ORDER BY id FETCH FIRST 50 ROWS ONLY"));
            }
        }

        @TearDown(Level.Iteration)
        public void revert() {
            fleet.revertCancelled(JdbcCommandBenchmark.TENANT);
        }

        @TearDown(Level.Trial)
        public void close() {
            schema.close();
        }

        String nextShipment() {
            return Fleet.id(1 + (commands++ * STRIDE) % rows);
        }
    }

    @Benchmark
    public Shipment cancel(Host host) {
        return host.rescind.shipments()
                .cancel(host.context, new ShipmentId(host.nextShipment()), JdbcCommandBenchmark.REASON)
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.toString())).aggregate();
    }

    @Benchmark
    public Page<Shipment> listPage(Host host) {
        Page<Shipment> page = host.rescind.shipments()
                .list(JdbcCommandBenchmark.TENANT, ShipmentStatus.PENDING, host.middle)
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.toString()));
        if (page.items().size() != 50) {
            throw new IllegalStateException("a page of " + page.items().size());
        }
        return page;
    }
}
