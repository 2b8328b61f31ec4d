package dev.rescind.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rescind.domain.fulfillment.FulfillmentTransitions;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.TransitionTable;
import dev.rescind.domain.shared.TransitionTable.Transition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/state-machines.md} is generated from the transition tables and must not drift from them. Run
 * with {@code -Drescind.docs.write=true} to regenerate it.
 */
class StateDiagramsTest {

    private static final String ID = "[A-Za-z0-9_]+";
    /** The statement forms Mermaid's stateDiagram-v2 parser was checked to accept for these diagrams. */
    private static final List<Pattern> MERMAID_FORMS = List.of(
            Pattern.compile("stateDiagram-v2"),
            Pattern.compile(" {4}state \"[^\"]+\" as " + ID),
            Pattern.compile(" {4}\\[\\*] --> " + ID),
            Pattern.compile(" {4}" + ID + " --> \\[\\*]"),
            Pattern.compile(" {4}" + ID + " --> " + ID + " : [a-z ]+( \\[[^\\]:;#]+])?(<br/>[a-z ]+( \\[[^\\]:;#]+])?)*"));

    @Test
    void docs_state_machines_md_is_what_the_transition_tables_generate() throws IOException {
        Path file = StateDiagrams.documentFile();
        String generated = StateDiagrams.document();
        if (Boolean.getBoolean(StateDiagrams.WRITE_PROPERTY)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, UTF_8);
        }

        if (!Files.exists(file)) {
            fail(file + " is missing. Generate it with: " + StateDiagrams.REGENERATE_COMMAND);
        }
        String committed = Files.readString(file, UTF_8);
        if (!committed.equals(generated)) {
            fail(file + " differs from what the transition tables generate; " + firstDifference(committed, generated)
                    + "\nIf the tables changed on purpose, regenerate it with: " + StateDiagrams.REGENERATE_COMMAND);
        }
    }

    @Test
    void every_diagram_uses_only_state_diagram_v2_statements() {
        for (StateDiagrams.Section section : StateDiagrams.SECTIONS) {
            assertThat(MermaidDiagram.of(section.table()).lines()).as(section.title())
                    .allSatisfy(line -> assertThat(MERMAID_FORMS).as("%s: %s", section.title(), line)
                            .anySatisfy(form -> assertThat(form.matcher(line).matches()).isTrue()));
        }
    }

    @Test
    void every_state_and_every_row_of_a_table_is_in_its_diagram() {
        for (StateDiagrams.Section section : StateDiagrams.SECTIONS) {
            assertDrawn(section.title(), section.table());
        }
    }

    @Test
    void two_guards_of_one_command_on_one_arrow_read_as_alternatives() {
        assertThat(MermaidDiagram.of(FulfillmentTransitions.TABLE).lines())
                .contains("    OPEN_UNSUBMITTED --> CLOSED_UNSUBMITTED : cancel [no fulfillment service or an "
                        + "assigned fulfillment service]<br/>create fulfillment [no fulfillment service]<br/>move [no "
                        + "fulfillment service or an assigned fulfillment service]");
    }

    private static <A, S, C extends Enum<C> & CommandKind> void assertDrawn(String title,
            TransitionTable<A, S, C> table) {
        String diagram = MermaidDiagram.of(table);
        List<String> lines = diagram.lines().toList();
        for (S state : table.states()) {
            assertThat(diagram).as("%s shows state %s", title, state).contains(state.toString());
        }
        for (Transition<A, S, C> row : table.transitions()) {
            String arrow = "    " + id(row.from()) + " --> " + id(row.to()) + " : ";
            assertThat(lines).as("%s draws %s", title, row)
                    .filteredOn(line -> line.startsWith(arrow))
                    .singleElement()
                    .satisfies(line -> assertThat(List.of(line.substring(arrow.length()).split("<br/>")))
                            .anySatisfy(label -> assertThat(label).startsWith(row.command().label())
                                    .contains(row.guard().description())));
        }
    }

    private static String id(Object state) {
        return state.toString().replaceAll("[^A-Za-z0-9]", "_");
    }

    private static String firstDifference(String committed, String generated) {
        List<String> was = committed.lines().toList();
        List<String> now = generated.lines().toList();
        for (int index = 0; index < Math.max(was.size(), now.size()); index++) {
            String before = index < was.size() ? was.get(index) : "<end of file>";
            String after = index < now.size() ? now.get(index) : "<end of file>";
            if (!before.equals(after)) {
                return "first difference at line " + (index + 1) + ":\n  file:   " + before + "\n  tables: " + after;
            }
        }
        return "they differ only in line endings or the final newline";
    }
}
