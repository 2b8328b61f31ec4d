package dev.rescind.adapters.jdbc;

import static dev.rescind.adapters.jdbc.FlowFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.EffectOutcome;
import dev.rescind.application.Rescind;
import dev.rescind.application.outbox.EffectRelay;
import dev.rescind.application.port.EffectRecord;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Reference;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A JVM halted inside a gateway after the commit: the effect it was running is not lost. After the halt the
 * transition is committed, its effect is still in the outbox, and a runner of another process takes it once
 * the halted process's lease ran out and runs it, once: the gateway here records every call it gets.
 */
abstract class HaltAfterCommitTest {

    /** A database another JVM can open while this one has it open. */
    abstract DatabaseFixture database();

    @Test
    void an_effect_whose_process_halted_inside_the_gateway_runs_after_the_restart() throws Exception {
        DatabaseFixture database = database();
        JdbcRescindStore store = database.emptyStore();
        List<Reference> deleted = new CopyOnWriteArrayList<>();
        Rescind restarted = Rescind.builder().store(store).draftOrders((tenant, draftOrder) -> deleted.add(draftOrder))
                .build();
        ReturnId id = new ReturnId("r-halted");
        restarted.returns().create(FlowFixture.merchant(), FlowFixture.returnParcel(id.value())).get();

        Process halted = launch(database, id);
        assertThat(halted.waitFor(120, TimeUnit.SECONDS)).as("the instance finished in time").isTrue();
        assertThat(halted.exitValue()).as("the instance halted inside the gateway")
                .isEqualTo(HaltInGatewayMain.HALTED);

        assertThat(store.returns().find(TENANT, id).get().version().value()).isEqualTo(2);
        assertThat(store.effectOutbox().outstanding()).isEqualTo(1);
        assertThat(store.effects().forAggregate(TENANT, AggregateType.RETURN, id.value())).isEmpty();
        EffectRelay relay = restarted.effectRelay("runner-after-restart");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (store.effectOutbox().outstanding() > 0 && System.nanoTime() < deadline) {
            relay.runOnce();
            Thread.sleep(100);
        }

        assertThat(deleted).containsExactly(new Reference("draft-1"));
        assertThat(store.effectOutbox().outstanding()).isZero();
        assertThat(store.effects().forAggregate(TENANT, AggregateType.RETURN, id.value()))
                .extracting(EffectRecord::outcome)
                .containsExactly(EffectOutcome.succeeded(EffectOutcome.DELETE_DRAFT_ORDER));
    }

    private static Process launch(DatabaseFixture database, ReturnId id) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", HaltInGatewayMain.class.getName()));
        command.addAll(database.address().arguments());
        command.add(id.value());
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
    }
}
