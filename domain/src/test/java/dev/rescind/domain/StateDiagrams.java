package dev.rescind.domain;

import dev.rescind.domain.cancellation.CancellationRequestTransitions;
import dev.rescind.domain.fulfillment.FulfillmentTransitions;
import dev.rescind.domain.returns.ReturnTransitions;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.TransitionTable;
import dev.rescind.domain.shared.TransitionTable.Transition;
import dev.rescind.domain.shipment.ShipmentTransitions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders {@code docs/state-machines.md} from the four transition tables: per aggregate a paragraph, its
 * Mermaid diagram and who may issue each command; for the fulfillment order also which rows advertise
 * which Shopify {@code supported_actions} name. {@link StateDiagramsTest} keeps the file in step.
 */
final class StateDiagrams {

    static final String WRITE_PROPERTY = "rescind.docs.write";
    static final String REGENERATE_COMMAND =
            "mvn -B -q test -pl domain -Dtest=StateDiagramsTest -D" + WRITE_PROPERTY + "=true";

    /** One aggregate's section: its title, what to say about it and its table. */
    record Section(String title, String explanation, TransitionTable<?, ?, ?> table) {
    }

    static final List<Section> SECTIONS = List.of(
            new Section("Shipment", """
                    A carrier shipment, after ReturnQueen (seed 002). It is created `PENDING`; `schedule` agrees a \
                    pickup window in an IANA time zone (and may move it); the carrier's pick-up scan makes it \
                    `IN_TRANSIT` and delivery `COMPLETED`. Only a `PENDING` or `SCHEDULED` shipment can be \
                    cancelled, which records `cancelled_at`, `cancelled_by_id` and `cancelled_reason`; from any \
                    other state `cancel` is `NotCancellable`, ReturnQueen's 409. A pick-up or delivery the carrier \
                    reports for a cancelled shipment is refused as a transition but kept as a \
                    `CarrierFactAfterCancellation` event (state unchanged, version + 1); it is not a row of the \
                    table, so it is not drawn.""", ShipmentTransitions.TABLE),
            new Section("Return", """
                    A customer's return: the incoming parcel after Sendcloud's `parent_status` (seeds 000 and 001) \
                    and the compensation of its items after parcelLab (seed 004). Cancelling is a request: while \
                    the return is cancellable (not yet scanned by the carrier, the carrier supports upstream \
                    cancellation, no cancellation under way) it moves to `CANCELLING` and opens a cancellation \
                    request to its carrier in the same decision; otherwise the answer is `NotCancellable`, \
                    Sendcloud's 409 "Return is not cancellable.". The carrier's confirmation makes it `CANCELLED`, \
                    its refusal restores the status it had, and a scan while `CANCELLING` means the cancellation \
                    failed (`IN_TRANSIT`); each of these answers the open request too. `cancel exchange` changes \
                    compensation, not the parcel, so it is allowed in every state (and skipped on a closed return \
                    or one without exchanges); `close` ends a return whose parcel has come to rest.""",
                    ReturnTransitions.TABLE),
            new Section("Fulfillment order", """
                    Shopify's fulfillment order (seed 003), whose state is the pair `status/request_status`. The \
                    merchant submits an order assigned to a fulfillment service; the service accepts or rejects \
                    it. Until the service accepts, the merchant may cancel directly: the order becomes `CLOSED` \
                    with its `request_status` kept and no line items, and a replacement `OPEN/UNSUBMITTED` order \
                    takes the units still to ship. After acceptance a direct cancel is `NotCancellable`; the \
                    merchant sends a cancellation request instead, which the assigned service alone accepts \
                    (`CANCELLED/CANCELLATION_ACCEPTED`) or rejects (`IN_PROGRESS/CANCELLATION_REJECTED`, after \
                    which the merchant may ask again). Shipping the last units closes the order; closing \
                    unfinished work gives `INCOMPLETE/CLOSED`. Guards tell orders with an assigned fulfillment \
                    service from those the merchant fulfills itself.""", FulfillmentTransitions.TABLE),
            new Section("Cancellation request", """
                    One lifecycle for every cancellation whose answer comes later: Shopify's request to a \
                    fulfillment service and Sendcloud's request to a carrier. A request is opened `REQUESTED` by \
                    the decision that moves its target (a return to `CANCELLING`, a fulfillment order to \
                    `IN_PROGRESS/CANCELLATION_REQUESTED`), and only its responder, the assigned service or the \
                    return's carrier, answers it, once. It never changes on its own: the target's decision \
                    answers it, so that the request and its target commit together and never disagree.""",
                    CancellationRequestTransitions.TABLE));

    private StateDiagrams() {
    }

    /** The whole Markdown document. */
    static String document() {
        StringBuilder out = new StringBuilder();
        out.append("<!--\n")
                .append("  Generated from the transition tables by dev.rescind.domain.StateDiagramsTest; do not edit.\n")
                .append("  After changing a table, regenerate it from the repository root with:\n")
                .append("    ").append(REGENERATE_COMMAND).append('\n')
                .append("  A plain test run fails while this file differs from what the tables generate.\n")
                .append("-->\n");
        out.append("""
                # State machines

                Each aggregate declares its transitions once, as data: a transition table of command, allowed \
                source state, target state and guard. The aggregate asks its table before every transition, \
                the property tests enumerate it, and the diagrams below are drawn from it. An arrow is a \
                command the table allows from one state to another (several commands on one arrow are listed \
                one per line); a guard in brackets is a condition on the aggregate's data that the row needs as \
                well, and guards joined by "or" are alternatives. `[*]` marks the states an aggregate is created \
                in and the states it never leaves. A command the table does not allow is rejected with the \
                current state and the command named, and the aggregate is unchanged.
                """);
        for (Section section : SECTIONS) {
            out.append('\n').append("## ").append(section.title()).append("\n\n")
                    .append(section.explanation()).append("\n\n")
                    .append("```mermaid\n").append(MermaidDiagram.of(section.table())).append("```\n\n")
                    .append(states(section.table()))
                    .append(whoMayIssue(section.table()));
            if (section.table() == FulfillmentTransitions.TABLE) {
                out.append('\n').append(supportedActions(FulfillmentTransitions.TABLE));
            }
        }
        return out.toString();
    }

    /** {@code docs/state-machines.md} of the repository whose module Maven runs this test in. */
    static Path documentFile() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !(Files.isRegularFile(directory.resolve("pom.xml"))
                && Files.isRegularFile(directory.resolve("domain").resolve("pom.xml")))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("no repository root (pom.xml beside domain/) above "
                    + Path.of("").toAbsolutePath());
        }
        return directory.resolve("docs").resolve("state-machines.md");
    }

    private static <S> String states(TransitionTable<?, S, ?> table) {
        return "Created in " + codes(table.states().stream().filter(table.initialStates()::contains).toList())
                + "; never leaves " + codes(table.states().stream().filter(table::isTerminal).toList()) + ".\n\n";
    }

    private static <C extends Enum<C> & CommandKind> String whoMayIssue(TransitionTable<?, ?, C> table) {
        StringBuilder out = new StringBuilder("| Command | Who may issue it |\n|---|---|\n");
        for (C command : table.commands()) {
            out.append("| ").append(command.label()).append(" | ")
                    .append(ActorKind.describe(command.permittedActors())).append(" |\n");
        }
        return out.toString();
    }

    private static <A, S, C extends Enum<C> & CommandKind> String supportedActions(TransitionTable<A, S, C> table) {
        StringBuilder out = new StringBuilder("""
                ### Shopify `supported_actions`

                An order's `supported_actions` are derived from these rows: every row that leaves the order's \
                state and whose guard holds for the order contributes its name, each name once, in Shopify's \
                order. Rows without a name are allowed but not advertised, because Shopify's documented answers \
                do not list them.

                | From | Command | To | Guard | Advertised as |
                |---|---|---|---|---|
                """);
        for (Transition<A, S, C> row : table.transitions()) {
            out.append("| `").append(row.from()).append("` | ").append(row.command().label())
                    .append(" | `").append(row.to()).append("` | ")
                    .append(row.guard().isNone() ? "" : row.guard().description()).append(" | ")
                    .append(row.advertisedAs().map(name -> "`" + name + "`").getOrElse("—")).append(" |\n");
        }
        return out.toString();
    }

    private static String codes(List<?> states) {
        List<String> names = states.stream().map(state -> "`" + state + "`").toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
