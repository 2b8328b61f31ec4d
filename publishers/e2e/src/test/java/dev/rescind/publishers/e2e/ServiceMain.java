package dev.rescind.publishers.e2e;

import com.zaxxer.hikari.HikariDataSource;
import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One service instance, a JVM of its own: on its own pool it takes {@value #EVENTS_PER_SHIPMENT} commands
 * for each of its shipments (create, schedule, reschedule, cancel), four threads at a time, and exits 0 when
 * every command was applied. Arguments: JDBC URL, schema, instance name, number of shipments.
 */
public final class ServiceMain {

    static final int EVENTS_PER_SHIPMENT = 4;
    static final TenantId TENANT = new TenantId("shop-e2e");

    private ServiceMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String schema = args[1];
        String instance = args[2];
        int shipments = Integer.parseInt(args[3]);
        try (HikariDataSource pool = PostgresDatabase.pool(url, schema, 4)) {
            Rescind rescind = Rescind.builder().store(JdbcRescindStore.of(pool, Dialect.POSTGRESQL))
                    .clock(Clock.systemUTC()).build();
            CommandContext merchant = CommandContext.of(TENANT, Actor.merchant(instance));
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int index = 0; index < shipments; index++) {
                ShipmentId id = new ShipmentId(instance + "-s-" + index);
                done.add(threads.submit(() -> {
                    Instant start = Instant.now().plus(Duration.ofDays(1));
                    PickupWindow first = new PickupWindow(start, start.plusSeconds(7200), ZoneId.of("Europe/Berlin"));
                    PickupWindow moved = new PickupWindow(start.plusSeconds(3600), start.plusSeconds(10800),
                            ZoneId.of("Europe/Berlin"));
                    rescind.shipments().create(merchant, new NewShipment(id, new Reference("ORDER-" + id),
                            ShipmentType.DELIVERY, Instant.now(), Option.none(), Option.none(), Option.none(),
                            Metadata.EMPTY)).get();
                    rescind.shipments().schedule(merchant, id, first, Option.none()).get();
                    rescind.shipments().schedule(merchant, id, moved, Option.none()).get();
                    rescind.shipments().cancel(merchant, id, Option.some(new Reason("customer asked"))).get();
                    return null;
                }));
            }
            for (Future<?> command : done) {
                command.get();
            }
            threads.shutdown();
            System.out.println("DONE " + shipments * EVENTS_PER_SHIPMENT);
        }
    }
}
