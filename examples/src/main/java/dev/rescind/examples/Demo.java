package dev.rescind.examples;

import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Rescind;
import dev.rescind.application.TimelineEntry;
import dev.rescind.application.port.IdSupplier;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.Aggregates;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The README's first command: plays the four cancellation flows end to end, through the public API, the
 * seed APIs' JSON and the JDBC store, and prints what happened.
 */
public final class Demo {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final String DIRECTORY_PROPERTY = "rescind.demo.dir";
    /** Shopify's example shop; the same merchant also uses ReturnQueen, Sendcloud and parcelLab. */
    static final String SHOP = "548380009";

    private Demo() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The schema the demo owns on a database the user names; it is made afresh on every run. */
    static final String DEFAULT_SCHEMA = "rescind_demo";
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** What the command line asked for. */
    record Options(boolean help, boolean json, String jdbcUrl, String schema) {
    }

    /** Runs the demo and answers the process exit code: 0, 1 if the database fails, 2 for bad options. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Either<String, Options> parsed = parse(args);
        if (parsed.isLeft()) {
            err.println("rescind-demo: " + parsed.getLeft());
            err.print(usage());
            return 2;
        }
        Options options = parsed.get();
        if (options.help()) {
            out.print(usage());
            return 0;
        }
        try (DemoDatabase database = options.jdbcUrl() == null
                ? DemoDatabase.freshH2(Path.of(System.getProperty(DIRECTORY_PROPERTY, "target/rescind-demo")))
                : DemoDatabase.at(options.jdbcUrl(), options.schema())) {
            DemoRun run = play(database.store(), database.description(), new TenantId(SHOP));
            if (options.json()) {
                out.println(JsonReport.render(run));
            } else {
                new TextReport(out).print(run);
            }
            return 0;
        } catch (Exception failure) {
            err.println("rescind-demo: the database failed: " + failure.getMessage());
            return 1;
        }
    }

    static Either<String, Options> parse(String[] args) {
        boolean help = false;
        boolean json = false;
        String jdbcUrl = null;
        String schema = DEFAULT_SCHEMA;
        for (int index = 0; index < args.length; index++) {
            String arg = args[index];
            switch (arg) {
                case "" -> {
                }
                case "--help", "-h" -> help = true;
                case "--json" -> json = true;
                case "--jdbc-url" -> {
                    if (index + 1 == args.length || args[index + 1].startsWith("--")) {
                        return Either.left("--jdbc-url needs a JDBC URL");
                    }
                    jdbcUrl = args[++index];
                }
                case "--schema" -> {
                    if (index + 1 == args.length || !SCHEMA_NAME.matcher(args[index + 1]).matches()) {
                        return Either.left("--schema needs a lower-case name of letters, digits and _");
                    }
                    schema = args[++index];
                }
                default -> {
                    return Either.left("unknown option " + arg);
                }
            }
        }
        return Either.right(new Options(help, json, jdbcUrl, schema));
    }

    static String usage() {
        return """
                Usage: rescind-demo [--jdbc-url URL [--schema NAME]] [--json] [--help]
                  --jdbc-url URL  run on this database (PostgreSQL, MariaDB or H2), e.g.
                                  jdbc:postgresql://127.0.0.1:5432/test?user=postgres
                                  default: a fresh H2 database file under target/rescind-demo
                  --schema NAME   the schema (on MariaDB: the database) the demo drops and creates
                                  again on that database for each run; default: rescind_demo
                  --json          print the run as one JSON document instead of text
                  --help          print this help
                """;
    }

    static DemoRun play(RescindStore store, String storeDescription, TenantId shop) {
        DemoClock clock = new DemoClock(START);
        Gateways gateways = new Gateways();
        AtomicLong nextId = new AtomicLong(5_000_000);
        IdSupplier ids = () -> String.valueOf(nextId.incrementAndGet());
        Rescind rescind = Rescind.builder()
                .store(store)
                .clock(clock)
                .ids(ids)
                .draftOrders(gateways.failingDraftOrders())
                .orderTags(gateways.orderTags())
                .carrierCancellations(gateways.carrier())
                .effectTimeout(Duration.ofSeconds(1))
                .build();
        List<Flow> flows = new DemoScenario(rescind, clock, shop).play();
        Map<String, List<TimelineEntry>> timelines = new LinkedHashMap<>();
        for (Flow flow : flows) {
            trackRequests(rescind, shop, flow);
            flow.aggregates().forEach((id, type) -> timelines.put(id, timeline(rescind, shop, type, id)));
        }
        List<EventEnvelope> published = new ArrayList<>();
        rescind.outboxRelay(published::add, "demo-relay", 100, Duration.ofSeconds(30)).drain(100);
        return new DemoRun(storeDescription, shop, flows, timelines, published, gateways.calls());
    }

    /** Requests opened over the wire do not come back in a Java answer; find them by their targets. */
    private static void trackRequests(Rescind rescind, TenantId shop, Flow flow) {
        flow.aggregates().forEach((id, type) -> {
            if (Aggregates.of(type).takesCancellationRequests()) {
                rescind.cancellationRequests().forTarget(shop, new CancellationTarget(type, id))
                        .forEach(requests -> requests.forEach(flow::track));
            }
        });
    }

    private static List<TimelineEntry> timeline(Rescind rescind, TenantId shop, AggregateType type, String id) {
        Either<Rejection, List<TimelineEntry>> timeline = rescind.timeline(shop, Aggregates.of(type).id(id));
        return timeline.getOrElseThrow(rejection -> new IllegalStateException(rejection.message()));
    }
}
