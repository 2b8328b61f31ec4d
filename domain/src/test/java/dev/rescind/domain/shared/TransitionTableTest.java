package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescind.domain.shared.TransitionTable.Guard;
import io.vavr.control.Option;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A table built while the test runs, so that its own checks and lookups are exercised apart from the
 * aggregates' tables, which are built once when their classes load. The aggregate is a battery charge.
 */
class TransitionTableTest {

    /** A state as a record, so that an equal copy of a state finds the same rows as the table's own. */
    record Lamp(String name) {
        static final Lamp OFF = new Lamp("OFF");
        static final Lamp ON = new Lamp("ON");
        static final Lamp BROKEN = new Lamp("BROKEN");
        static final Lamp UNDECLARED = new Lamp("UNDECLARED");

        @Override
        public String toString() {
            return name;
        }
    }

    enum Switch implements CommandKind {
        TURN_ON, TURN_OFF, RECHARGE, SCRAP {
            @Override
            public boolean isCancellation() {
                return true;
            }
        };

        @Override
        public Set<ActorKind> permittedActors() {
            return Set.of(ActorKind.values());
        }
    }

    private static final Guard<Integer> CHARGED = new Guard<>("a charge", charge -> charge > 0);
    private static final Guard<Integer> FULL = new Guard<>("a full charge", charge -> charge >= 100);

    private static TransitionTable.Builder<Integer, Lamp, Switch> builder() {
        return TransitionTable.<Integer, Lamp, Switch>builder(AggregateType.SHIPMENT,
                List.of(Lamp.OFF, Lamp.ON, Lamp.BROKEN), Switch.class).initial(Lamp.OFF).terminal(Lamp.BROKEN);
    }

    /** Built for each test: a table kept from class loading would not run the code under test. */
    private final TransitionTable<Integer, Lamp, Switch> table = builder()
            .advertise("turn_on", Switch.TURN_ON, Lamp.OFF, Lamp.ON, CHARGED)
            .allow(Switch.TURN_ON, Lamp.OFF, Lamp.BROKEN, FULL)
            .advertise("turn_off", Switch.TURN_OFF, Lamp.ON, Lamp.OFF)
            .advertise("turn_off", Switch.TURN_OFF, Lamp.ON, Lamp.OFF, CHARGED)
            .allowInPlace(Switch.RECHARGE, List.of(Lamp.OFF, Lamp.BROKEN))
            .allowFrom(Switch.SCRAP, List.of(Lamp.OFF, Lamp.ON), Lamp.BROKEN)
            .build();

    @Test
    void a_row_from_or_to_an_undeclared_state_is_refused_when_the_table_is_built() {
        assertThatThrownBy(() -> builder().allow(Switch.TURN_ON, Lamp.UNDECLARED, Lamp.ON).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("undeclared state")
                .hasMessageContaining("UNDECLARED");
        assertThatThrownBy(() -> builder().allow(Switch.TURN_ON, Lamp.OFF, Lamp.UNDECLARED).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("undeclared state");
    }

    @Test
    void a_terminal_state_with_a_way_out_is_refused_and_one_with_only_in_place_rows_is_kept() {
        assertThatThrownBy(() -> builder().allow(Switch.TURN_ON, Lamp.BROKEN, Lamp.ON).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("terminal state")
                .hasMessageContaining("BROKEN");

        assertThat(table.isTerminal(Lamp.BROKEN)).isTrue();
        assertThat(table.isTerminal(Lamp.OFF)).isFalse();
        assertThat(table.allows(0, Lamp.BROKEN, Switch.RECHARGE)).isTrue();
        assertThat(table.target(0, Lamp.BROKEN, Switch.RECHARGE).get()).isEqualTo(Lamp.BROKEN);
    }

    @Test
    void the_table_keeps_what_it_was_given_in_declaration_order() {
        assertThat(table.aggregateType()).isEqualTo(AggregateType.SHIPMENT);
        assertThat(table.states()).containsExactly(Lamp.OFF, Lamp.ON, Lamp.BROKEN);
        assertThat(table.initialStates()).containsExactly(Lamp.OFF);
        assertThat(table.terminalStates()).containsExactly(Lamp.BROKEN);
        assertThat(table.commands()).containsExactly(Switch.values());
        assertThat(table.transitions()).hasSize(8).first().hasToString("TURN_ON: OFF → ON [a charge]");
        assertThat(table.transitions().get(2)).hasToString("TURN_OFF: ON → OFF");
        assertThat(table.rows(Lamp.OFF, Switch.TURN_ON)).extracting(TransitionTable.Transition::to)
                .containsExactly(Lamp.ON, Lamp.BROKEN);
        assertThat(table.rows(Lamp.BROKEN, Switch.TURN_ON)).isEmpty();
    }

    @Test
    void the_targets_are_those_of_the_rows_whose_guards_hold_in_row_order() {
        assertThat(table.targets(100, Lamp.OFF, Switch.TURN_ON).get()).containsExactly(Lamp.ON, Lamp.BROKEN);
        assertThat(table.targets(5, Lamp.OFF, Switch.TURN_ON).get()).containsExactly(Lamp.ON);
        assertThat(table.target(5, Lamp.OFF, Switch.TURN_ON).get()).isEqualTo(Lamp.ON);
        // One guard of two holds, and both rows lead to one state.
        assertThat(table.targets(0, Lamp.ON, Switch.TURN_OFF).get()).containsExactly(Lamp.OFF);
        assertThat(table.target(0, Lamp.ON, Switch.TURN_OFF).get()).isEqualTo(Lamp.OFF);
    }

    @Test
    void an_equal_copy_of_a_state_finds_the_rows_of_the_tables_own() {
        Lamp off = new Lamp("OFF");

        assertThat(off).isNotSameAs(Lamp.OFF);
        assertThat(table.targets(5, off, Switch.TURN_ON).get()).containsExactly(Lamp.ON);
        assertThat(table.rows(off, Switch.TURN_ON)).hasSize(2);
        assertThat(table.rows(new Lamp("ELSEWHERE"), Switch.TURN_ON)).isEmpty();
    }

    @Test
    void a_command_without_rows_names_the_state_and_the_command_and_a_cancellation_is_not_cancellable() {
        Rejection refused = table.targets(5, Lamp.ON, Switch.TURN_ON).getLeft();
        assertThat(refused).isInstanceOfSatisfying(Rejection.NotAllowedInState.class, rejection -> {
            assertThat(rejection.state()).isEqualTo("ON");
            assertThat(rejection.command()).isEqualTo("turn on");
        });
        assertThat(table.allows(5, Lamp.ON, Switch.TURN_ON)).isFalse();

        assertThat(table.targets(5, Lamp.BROKEN, Switch.SCRAP).getLeft())
                .isInstanceOfSatisfying(Rejection.NotCancellable.class,
                        rejection -> assertThat(rejection.state()).isEqualTo("BROKEN"));
    }

    @Test
    void rows_whose_guards_all_fail_are_refused_naming_every_unmet_guard_once() {
        Rejection refused = table.target(0, Lamp.OFF, Switch.TURN_ON).getLeft();

        assertThat(refused).isInstanceOfSatisfying(Rejection.NotAllowedInState.class,
                rejection -> assertThat(rejection.detail()).isEqualTo("requires a charge or a full charge"));
        assertThat(table.allows(0, Lamp.OFF, Switch.TURN_ON)).isFalse();
    }

    @Test
    void a_fixed_target_asked_of_rows_that_lead_to_several_states_is_a_defect() {
        assertThatThrownBy(() -> table.target(100, Lamp.OFF, Switch.TURN_ON))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("several targets");
    }

    @Test
    void a_target_the_table_does_not_allow_is_a_defect() {
        assertThat(table.requireTarget(100, Lamp.OFF, Switch.TURN_ON, Lamp.BROKEN)).isSameAs(Lamp.BROKEN);
        assertThatThrownBy(() -> table.requireTarget(5, Lamp.OFF, Switch.TURN_ON, Lamp.BROKEN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("may not lead to BROKEN");
        assertThatThrownBy(() -> table.requireTarget(5, Lamp.ON, Switch.TURN_ON, Lamp.ON))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not allow");
    }

    @Test
    void the_advertised_actions_are_those_whose_guards_hold_each_once_in_table_order() {
        assertThat(table.advertisedActions(5, Lamp.OFF)).containsExactly("turn_on");
        assertThat(table.advertisedActions(0, Lamp.OFF)).isEmpty();
        assertThat(table.advertisedActions(5, Lamp.ON)).containsExactly("turn_off");
        assertThat(table.advertisedActions(5, Lamp.BROKEN)).isEmpty();
    }

    @Test
    void rows_and_guards_need_every_part() {
        assertThatThrownBy(() -> new Guard<Integer>(null, charge -> true)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Guard<Integer>("x", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TransitionTable.Transition<>(null, Lamp.OFF, Lamp.ON, CHARGED, Option.none()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TransitionTable.Transition<>(Switch.TURN_ON, null, Lamp.ON, CHARGED,
                Option.none())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TransitionTable.Transition<>(Switch.TURN_ON, Lamp.OFF, null, CHARGED,
                Option.none())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TransitionTable.Transition<Integer, Lamp, Switch>(Switch.TURN_ON, Lamp.OFF,
                Lamp.ON, null, Option.none())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TransitionTable.Transition<>(Switch.TURN_ON, Lamp.OFF, Lamp.ON, CHARGED, null))
                .isInstanceOf(NullPointerException.class);
        assertThat(Guard.<Integer>none().isNone()).isTrue();
        assertThat(CHARGED.isNone()).isFalse();
        assertThat(CHARGED).hasToString("a charge");
        assertThatThrownBy(() -> TransitionTable.builder(null, List.of(Lamp.OFF), Switch.class))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TransitionTable.builder(AggregateType.SHIPMENT, List.of(Lamp.OFF), null))
                .isInstanceOf(NullPointerException.class);
    }
}
