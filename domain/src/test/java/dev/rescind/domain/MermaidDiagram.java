package dev.rescind.domain;

import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.TransitionTable;
import dev.rescind.domain.shared.TransitionTable.Transition;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Draws a transition table for the docs; only {@code docs/state-machines.md} and its test use it. */
final class MermaidDiagram {

    private MermaidDiagram() {
    }

    /**
     * A Mermaid {@code stateDiagram-v2} of {@code table}: one arrow per pair of states, labelled with each
     * command that takes it (one per line), and a command's guards in brackets. A command allowed under
     * several guards lists them as alternatives; one allowed without a guard shows none.
     */
    static <A, S, C extends Enum<C> & CommandKind> String of(TransitionTable<A, S, C> table) {
        Function<S, String> id = state -> state.toString().replaceAll("[^A-Za-z0-9]", "_");
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        for (S state : table.states()) {
            if (!id.apply(state).equals(state.toString())) {
                out.append("    state \"").append(state).append("\" as ").append(id.apply(state)).append('\n');
            }
        }
        for (S state : table.states()) {
            if (table.initialStates().contains(state)) {
                out.append("    [*] --> ").append(id.apply(state)).append('\n');
            }
        }
        Map<List<S>, Map<C, Set<String>>> arrows = new LinkedHashMap<>();
        for (Transition<A, S, C> row : table.transitions()) {
            arrows.computeIfAbsent(List.of(row.from(), row.to()), pair -> new LinkedHashMap<>())
                    .computeIfAbsent(row.command(), command -> new LinkedHashSet<>())
                    .add(row.guard().description());
        }
        arrows.forEach((pair, commands) -> out.append("    ").append(id.apply(pair.get(0))).append(" --> ")
                .append(id.apply(pair.get(1))).append(" : ")
                .append(commands.entrySet().stream()
                        .map(command -> command.getKey().label() + (command.getValue().contains("")
                                ? "" : " [" + String.join(" or ", command.getValue()) + "]"))
                        .collect(Collectors.joining("<br/>")))
                .append('\n'));
        for (S state : table.states()) {
            if (table.isTerminal(state)) {
                out.append("    ").append(id.apply(state)).append(" --> [*]\n");
            }
        }
        return out.toString();
    }
}
