package dev.rescind.benchmarks.jdbc;

import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Pending shipments by the thousand, fast: one shipment is created through Rescind, and its row and its
 * {@code ShipmentCreated} event are copied in SQL under new ids ({@code INSERT … SELECT} over a number series),
 * so every seeded row is a document the store wrote itself. The seeded events count as published, as a relay
 * would have left them.
 */
public final class Fleet {

    private static final String TEMPLATE_ID = "s-template";

    private final Database.Schema schema;
    private final String shipmentDocument;
    private final String eventType;
    private final String eventDocument;
    private final OffsetDateTime createdAtTime;

    /** Takes the template from a shipment created through Rescind in {@code tenant}, then empties the tables. */
    public Fleet(Database.Schema schema, TenantId tenant) {
        this.schema = schema;
        Rescind rescind = Rescind.builder().store(JdbcRescindStore.of(schema.pool(), schema.database().dialect()))
                .build();
        CommandContext context = CommandContext.of(tenant, Actor.apiKey("bench-api-key"));
        rescind.shipments().create(context, newShipment(TEMPLATE_ID)).getOrElseThrow(
                rejection -> new IllegalStateException(rejection.toString()));
        try (Connection connection = schema.pool().getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT created_at, document FROM rescind_shipments WHERE tenant_id = ? AND id = ?")) {
                statement.setString(1, tenant.value());
                statement.setString(2, TEMPLATE_ID);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    createdAtTime = row.getObject(1, OffsetDateTime.class);
                    shipmentDocument = row.getString(2);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT event_type, document FROM rescind_events WHERE tenant_id = ? AND aggregate_id = ?")) {
                statement.setString(1, tenant.value());
                statement.setString(2, TEMPLATE_ID);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    eventType = row.getString(1);
                    eventDocument = row.getString(2);
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
        empty();
    }

    static NewShipment newShipment(String id) {
        return new NewShipment(new ShipmentId(id), new Reference("order-" + id), ShipmentType.DELIVERY,
                Instant.parse("2024-03-01T12:00:00Z"), Option.none(), Option.none(), Option.none(), Metadata.EMPTY);
    }

    /** The id of the {@code number}th seeded shipment: ids sort as their numbers do. */
    public static String id(long number) {
        String digits = Long.toString(number);
        return "s-" + "0".repeat(Math.max(0, 9 - digits.length())) + digits;
    }

    /** Empties every table Rescind writes. */
    public void empty() {
        sql(schema.database() == Database.POSTGRESQL
                ? List.of("TRUNCATE rescind_shipments, rescind_events, rescind_idempotency_records")
                : List.of("TRUNCATE TABLE rescind_shipments", "TRUNCATE TABLE rescind_events",
                        "TRUNCATE TABLE rescind_idempotency_records"));
    }

    /** Shipments {@link #id}({@code from}) to {@link #id}({@code from + count - 1}) of {@code tenant}, pending. */
    public void seed(TenantId tenant, long from, long count) {
        boolean postgres = schema.database() == Database.POSTGRESQL;
        String newId = postgres ? "'s-' || lpad(g::text, 9, '0')" : "'s-' || LPAD(CAST(X AS VARCHAR), 9, '0')";
        String series = postgres ? "generate_series(?, ?) g" : "SYSTEM_RANGE(?, ?)";
        String shipments = """
                INSERT INTO rescind_shipments (tenant_id, id, version, status, created_at, updated_at, document)
                SELECT ?, %s, 1, 'PENDING', ?, ?, %s FROM %s""".formatted(newId,
                postgres ? "CAST(? AS JSONB)" : "?", series);
        String events = """
                INSERT INTO rescind_events (event_id, tenant_id, aggregate_type, aggregate_id, version, event_type,
                    occurred_at, document, published_at)
                SELECT ? || %1$s, ?, 'SHIPMENT', %1$s, 1, ?, ?, %2$s, ? FROM %3$s""".formatted(newId,
                postgres ? "CAST(replace(?, '" + TEMPLATE_ID + "', %s) AS JSONB)".formatted(newId)
                        : "REPLACE(?, '" + TEMPLATE_ID + "', %s)".formatted(newId), series);
        try (Connection connection = schema.pool().getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(shipments)) {
                statement.setString(1, tenant.value());
                statement.setObject(2, createdAtTime);
                statement.setObject(3, createdAtTime);
                statement.setString(4, shipmentDocument);
                statement.setLong(5, from);
                statement.setLong(6, from + count - 1);
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(events)) {
                statement.setString(1, "seed-" + tenant.value() + "-");
                statement.setString(2, tenant.value());
                statement.setString(3, eventType);
                statement.setObject(4, createdAtTime);
                statement.setString(5, eventDocument);
                statement.setObject(6, createdAtTime);
                statement.setLong(7, from);
                statement.setLong(8, from + count - 1);
                statement.executeUpdate();
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("seeding failed", failure);
        }
    }

    /** Makes every cancelled shipment of {@code tenant} pending again, as seeded, without its later events. */
    public void revertCancelled(TenantId tenant) {
        boolean postgres = schema.database() == Database.POSTGRESQL;
        try (Connection connection = schema.pool().getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE rescind_shipments SET version = 1,"
                    + " status = 'PENDING', updated_at = created_at, document = " + (postgres ? "CAST(? AS JSONB)" : "?")
                    + " WHERE tenant_id = ? AND status = 'CANCELLED'")) {
                statement.setString(1, shipmentDocument);
                statement.setString(2, tenant.value());
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM rescind_events WHERE tenant_id = ? AND version > 1")) {
                statement.setString(1, tenant.value());
                statement.executeUpdate();
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("reverting cancellations failed", failure);
        }
        if (postgres) {
            sql(List.of("VACUUM rescind_shipments, rescind_events"));
        }
    }

    /** Fresh planner statistics after a bulk load. */
    public void analyze() {
        sql(List.of(schema.database() == Database.POSTGRESQL ? "VACUUM ANALYZE rescind_shipments, rescind_events"
                : "ANALYZE"));
    }

    /** Reads seeded shipments back through the store: each must be the pending shipment its row says. */
    public void check(JdbcRescindStore store, TenantId tenant, long... numbers) {
        for (long number : numbers) {
            String id = id(number);
            Shipment shipment = store.shipments().find(tenant, new ShipmentId(id))
                    .getOrElseThrow(() -> new IllegalStateException("seeded shipment " + id + " not found"));
            List<EventEnvelope> history = store.events().history(tenant, AggregateType.SHIPMENT, id);
            if (shipment.status() != ShipmentStatus.PENDING || shipment.version().value() != 1
                    || history.size() != 1 || !history.get(0).aggregateId().equals(id)) {
                throw new IllegalStateException("seeded shipment " + id + " reads back wrong: " + shipment + " "
                        + history);
            }
        }
    }

    /**
     * Checks that shipments 1 to {@code cancelled} are each cancelled exactly once: at version 2 with one
     * {@code ShipmentCancelled} event at version 2, nothing else cancelled, and the store reads them back.
     */
    public void checkCancelled(JdbcRescindStore store, TenantId tenant, long cancelled) {
        long rows = count("SELECT COUNT(*) FROM rescind_shipments WHERE tenant_id = ? AND status = 'CANCELLED'"
                + " AND version = 2", tenant);
        long events = count("SELECT COUNT(*) FROM rescind_events WHERE tenant_id = ? AND version = 2"
                + " AND event_type = 'ShipmentCancelled'", tenant);
        long others = count("SELECT COUNT(*) FROM rescind_events WHERE tenant_id = ? AND version > 2", tenant);
        if (rows != cancelled || events != cancelled || others != 0) {
            throw new IllegalStateException("expected " + cancelled + " cancellations, found " + rows
                    + " cancelled rows, " + events + " cancellation events and " + others + " later events");
        }
        for (long number : new long[] {1, (cancelled + 1) / 2, cancelled}) {
            if (number < 1 || number > cancelled) {
                continue;
            }
            Shipment shipment = store.shipments().find(tenant, new ShipmentId(id(number))).get();
            if (shipment.status() != ShipmentStatus.CANCELLED || shipment.cancellation().isEmpty()
                    || store.events().history(tenant, AggregateType.SHIPMENT, id(number)).size() != 2) {
                throw new IllegalStateException("cancelled shipment reads back wrong: " + shipment);
            }
        }
    }

    private long count(String sql, TenantId tenant) {
        try (Connection connection = schema.pool().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, tenant.value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(sql + " failed", failure);
        }
    }

    /** PostgreSQL's plan for a query, as it ran ({@code EXPLAIN (ANALYZE, BUFFERS)}), one line per step. */
    public String plan(String query) {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = schema.pool().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + query)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("EXPLAIN " + query + " failed", failure);
        }
        return plan.toString().strip();
    }

    /** The first column of the first row {@code query} answers, as text. */
    public String value(String query) {
        try (Connection connection = schema.pool().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(query + " failed", failure);
        }
    }

    /** Runs statements in auto-commit, one by one. */
    public void sql(List<String> statements) {
        try (Connection connection = schema.pool().getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(statements + " failed", failure);
        }
    }
}
