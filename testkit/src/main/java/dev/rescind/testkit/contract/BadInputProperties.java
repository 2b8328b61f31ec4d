package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.NOW;
import static dev.rescind.testkit.contract.StoreFixture.SERVICE;
import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rescind.application.CommandContext;
import dev.rescind.application.Cursor;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.PageRequest;
import dev.rescind.application.Rescind;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.fulfillment.FulfillmentLine;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentOrderStatus;
import dev.rescind.domain.fulfillment.HoldReason;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.testkit.arbitraries.Values;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Bad input, generated: missing arguments of every use case, text that no value factory accepts, and
 * commands that are well typed but wrong (more units than are left, an unknown line, a window in the past)
 * always answer {@code InvalidInput} naming the offending field, never throw, and never change anything.
 * See {@link StoreContract} for the hooks.
 */
public abstract class BadInputProperties extends StoreContract {

    @Property
    void missing_arguments_are_invalid_input_naming_exactly_the_missing_ones(@ForAll("useCases") UseCase useCase,
            @ForAll("nullMasks") List<Boolean> mask) {
        World world = new World(store());
        Object[] arguments = useCase.arguments().apply(world);
        List<String> missing = new ArrayList<>();
        for (int index = 0; index < arguments.length; index++) {
            // Index 0 is left out unless the mask leaves out nothing else, so that at least one is missing.
            boolean leftOut = index == 0
                    ? mask.get(0) || mask.subList(1, Math.min(mask.size(), arguments.length)).stream()
                            .noneMatch(Boolean::booleanValue)
                    : index < mask.size() && mask.get(index);
            if (leftOut) {
                arguments[index] = null;
                missing.add(useCase.parameters().get(index));
            }
        }
        List<List<EventEnvelope>> before = world.histories();

        Either<Rejection, ?> answer = useCase.call().apply(world.rescind).apply(arguments);

        assertThat(answer.isLeft()).as("%s accepted %s", useCase, Arrays.toString(arguments)).isTrue();
        assertThat(answer.getLeft()).isInstanceOf(Rejection.InvalidInput.class);
        assertThat(((Rejection.InvalidInput) answer.getLeft()).errors()).extracting(FieldError::path)
                .containsExactlyElementsOf(missing);
        assertThat(world.histories()).isEqualTo(before);
    }

    @Property
    void text_no_factory_accepts_is_invalid_input_and_never_an_exception(@ForAll("badText") BadText bad) {
        List<Either<Rejection.InvalidInput, ?>> parsed = new ArrayList<>(List.of(
                ShipmentId.of(bad.text()), ReturnId.of(bad.text()), FulfillmentOrderId.of(bad.text()),
                CancellationRequestId.of(bad.text()), TenantId.of(bad.text()), Reference.of(bad.text()),
                IdempotencyKey.of(bad.text()), Actor.of(ActorKind.CARRIER, bad.text())));
        if (!bad.code().equals("whitespace")) {
            parsed.add(Reason.of(bad.text()));
            parsed.add(Message.of(bad.text()));
        }

        assertThat(parsed).allSatisfy(result -> {
            assertThat(result.isLeft()).as("accepted %s", bad).isTrue();
            assertThat(result.getLeft().errors()).extracting(FieldError::code).contains(bad.code());
        });
    }

    @Property
    void malformed_windows_amounts_and_pages_name_the_field_at_fault(@ForAll("badText") BadText bad,
            @ForAll @IntRange(min = -5, max = 0) int tooSmall) {
        assertThat(PickupWindow.parse("2026-01-02T10:00:00Z", bad.text(), "UTC").getLeft().errors())
                .extracting(FieldError::path).containsExactly("completeAtEnd");
        assertThat(PickupWindow.parse("2026-01-02T10:00:00Z", "2026-01-02T12:00:00Z", bad.text()).getLeft()
                .errors()).extracting(FieldError::path).containsExactly("timezone");
        assertThat(PickupWindow.parse("2026-01-02T12:00:00Z", "2026-01-02T10:00:00Z", "UTC").getLeft().errors())
                .extracting(FieldError::path).containsExactly("completeAtEnd");
        assertThat(Money.of(bad.text(), "EUR").getLeft().errors()).extracting(FieldError::path)
                .containsExactly("amount");
        assertThat(Money.of("10.00", bad.text()).getLeft().errors()).extracting(FieldError::path)
                .containsExactly("currency");
        assertThat(PageRequest.of(tooSmall, null).getLeft().errors()).extracting(FieldError::path)
                .containsExactly("limit");
        if (bad.text() != null) {
            assertThat(PageRequest.of(10, bad.text()).getLeft().errors()).extracting(FieldError::path)
                    .containsExactly("cursor");
        }
        assertThat(Cursor.decode(bad.text()).isLeft()).isTrue();
    }

    @Property
    void shipping_more_units_than_are_left_or_an_unknown_or_empty_line_is_invalid_and_changes_nothing(
            @ForAll @IntRange(min = 3, max = 10_000) int tooMany, @ForAll @IntRange(min = -5, max = 0) int tooFew,
            @ForAll("unknownLines") String unknownLine) {
        World world = new World(store());
        CommandContext service = CommandContext.of(world.tenant, SERVICE);
        PipelineContract.ok(world.rescind.fulfillmentOrders().submitFulfillmentRequest(world.merchant, world.order,
                Option.none()));
        PipelineContract.ok(world.rescind.fulfillmentOrders().acceptFulfillmentRequest(service, world.order,
                Option.none()));
        List<List<EventEnvelope>> before = world.histories();

        assertInvalid(world.rescind.fulfillmentOrders().createFulfillment(service, world.order,
                List.of(new FulfillmentLine(new Reference("line-1"), tooMany))), "lines[0].quantity",
                "exceeds_fulfillable");
        assertInvalid(world.rescind.fulfillmentOrders().createFulfillment(service, world.order,
                List.of(new FulfillmentLine(new Reference("line-2"), 1),
                        new FulfillmentLine(new Reference(unknownLine), 1))), "lines[1].lineItemId", "unknown");
        assertInvalid(world.rescind.fulfillmentOrders().createFulfillment(service, world.order,
                List.of(new FulfillmentLine(new Reference("line-1"), tooFew))), "lines[0].quantity", "out_of_range");
        assertInvalid(world.rescind.fulfillmentOrders().createFulfillment(service, world.order,
                Arrays.asList(new FulfillmentLine(new Reference("line-1"), 1), null)), "lines[1]", "required");
        assertThat(world.histories()).isEqualTo(before);
    }

    @Property
    void a_pickup_window_or_fulfill_at_in_the_past_is_invalid_and_changes_nothing(
            @ForAll @IntRange(min = 1, max = 60 * 24 * 365) int minutesAgo) {
        World world = new World(store());
        List<List<EventEnvelope>> before = world.histories();
        PickupWindow past = PickupWindow.of(NOW.minus(Duration.ofMinutes(minutesAgo)).minus(Duration.ofHours(2)),
                NOW.minus(Duration.ofMinutes(minutesAgo)), "Europe/Amsterdam").get();

        assertInvalid(world.rescind.shipments().schedule(world.merchant, world.shipment, past, Option.none()),
                "window.completeAtEnd", "in_the_past");
        assertInvalid(world.rescind.fulfillmentOrders().reschedule(world.merchant, world.order,
                NOW.minus(Duration.ofMinutes(minutesAgo))), "fulfillAt", "not_in_the_future");
        assertThat(world.histories()).isEqualTo(before);
    }

    private static void assertInvalid(Either<Rejection, ?> answer, String path, String code) {
        assertThat(answer.isLeft()).as("accepted, expected %s at %s", code, path).isTrue();
        assertThat(answer.getLeft()).isInstanceOf(Rejection.InvalidInput.class);
        assertThat(((Rejection.InvalidInput) answer.getLeft()).errors())
                .extracting(FieldError::path, FieldError::code)
                .contains(tuple(path, code));
    }

    /** A fresh tenant with one shipment, one return and one fulfillment order, for one try. */
    static final class World {
        final TenantId tenant = freshTenant();
        final CommandContext merchant = CommandContext.of(tenant, StoreFixture.MERCHANT);
        final Rescind rescind;
        final RescindStore store;
        final ShipmentId shipment = new ShipmentId(freshId());
        final ReturnId aReturn = new ReturnId(freshId());
        final FulfillmentOrderId order = new FulfillmentOrderId(freshId());
        final CancellationRequestId request;

        World(RescindStore store) {
            this.store = store;
            this.rescind = Rescind.builder().store(store).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
            PipelineContract.ok(rescind.shipments().create(merchant, StoreFixture.newShipment(shipment)));
            PipelineContract.ok(rescind.returns().create(merchant, StoreFixture.newReturn(aReturn)));
            PipelineContract.ok(rescind.fulfillmentOrders().create(merchant, StoreFixture.newFulfillmentOrder(order)));
            request = new CancellationRequestId(freshId());
        }

        List<List<EventEnvelope>> histories() {
            return List.of(store.events().history(tenant, AggregateType.SHIPMENT, shipment.value()),
                    store.events().history(tenant, AggregateType.RETURN, aReturn.value()),
                    store.events().history(tenant, AggregateType.FULFILLMENT_ORDER, order.value()));
        }
    }

    /**
     * One use case of the API: its parameters' names as answers name them, and valid arguments.
     *
     * @param name       the use case, such as {@code shipments.cancel}
     * @param parameters its parameters' names, as rejections name them
     * @param arguments  valid arguments for a world
     * @param call       how to call it on a Rescind
     */
    public record UseCase(String name, List<String> parameters, Function<World, Object[]> arguments,
            Function<Rescind, Function<Object[], Either<Rejection, ?>>> call) {

        @Override
        public String toString() {
            return name + parameters;
        }
    }

    @Provide
    Arbitrary<UseCase> useCases() {
        return Arbitraries.of(UseCases.ALL);
    }

    @Provide
    Arbitrary<List<Boolean>> nullMasks() {
        return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(4);
    }

    /**
     * Text with one thing wrong with it, and the code of that fault.
     *
     * @param text the text
     * @param code the error code it must get
     */
    public record BadText(String text, String code) {
    }

    @Provide
    Arbitrary<BadText> badText() {
        Arbitrary<String> word = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10);
        return Arbitraries.oneOf(
                Arbitraries.just(new BadText(null, "required")),
                Arbitraries.strings().withChars(" \t\n\u00a0\u2003").ofMinLength(0).ofMaxLength(6)
                        .map(blank -> new BadText(blank, "blank")),
                Arbitraries.of("\u0000", "\u0007", "\u001b", "\u202e", "\u2028", "\ufeff")
                        .flatMap(control -> word.map(text -> new BadText(text + control + "x", "control_character"))),
                word.map(text -> new BadText(text + " " + text, "whitespace")),
                Arbitraries.strings().alpha().ofLength(1001).map(text -> new BadText(text, "too_long")));
    }

    @Provide
    Arbitrary<String> unknownLines() {
        return Values.references().map(Reference::value).filter(line -> !line.equals("line-1")
                && !line.equals("line-2"));
    }

    /** Every use case with its parameters, built over one {@link World}. */
    private static final class UseCases {
        static final List<UseCase> ALL = all();

        private static List<UseCase> all() {
            List<UseCase> all = new ArrayList<>();
            Option<Reason> reason = Option.none();
            Option<Message> message = Option.none();
            PageRequest page = PageRequest.firstPage();
            all.add(use("shipments.create", List.of("context", "details"),
                    w -> new Object[] {w.merchant, StoreFixture.newShipment(new ShipmentId(freshId()))},
                    r -> a -> r.shipments().create((CommandContext) a[0], (NewShipment) a[1])));
            all.add(use("shipments.schedule", List.of("context", "shipmentId", "window", "pickupId"),
                    w -> new Object[] {w.merchant, w.shipment, window(), Option.none()},
                    r -> a -> r.shipments().schedule((CommandContext) a[0], (ShipmentId) a[1], (PickupWindow) a[2],
                            option(a[3]))));
            all.add(use("shipments.pickUp", List.of("context", "shipmentId"),
                    w -> new Object[] {w.merchant, w.shipment},
                    r -> a -> r.shipments().pickUp((CommandContext) a[0], (ShipmentId) a[1])));
            all.add(use("shipments.complete", List.of("context", "shipmentId"),
                    w -> new Object[] {w.merchant, w.shipment},
                    r -> a -> r.shipments().complete((CommandContext) a[0], (ShipmentId) a[1])));
            all.add(use("shipments.cancel", List.of("context", "shipmentId", "reason"),
                    w -> new Object[] {w.merchant, w.shipment, reason},
                    r -> a -> r.shipments().cancel((CommandContext) a[0], (ShipmentId) a[1], option(a[2]))));
            all.add(use("shipments.get", List.of("tenant", "shipmentId"), w -> new Object[] {w.tenant, w.shipment},
                    r -> a -> r.shipments().get((TenantId) a[0], (ShipmentId) a[1])));
            all.add(use("shipments.list", List.of("tenant", "status", "page"),
                    w -> new Object[] {w.tenant, ShipmentStatus.PENDING, page},
                    r -> a -> r.shipments().list((TenantId) a[0], (ShipmentStatus) a[1], (PageRequest) a[2])));
            all.add(use("shipments.timeline", List.of("tenant", "shipmentId"), w -> new Object[] {w.tenant, w.shipment},
                    r -> a -> r.shipments().timeline((TenantId) a[0], (ShipmentId) a[1])));
            all.add(use("returns.create", List.of("context", "details"),
                    w -> new Object[] {w.merchant, StoreFixture.newReturn(new ReturnId(freshId()))},
                    r -> a -> r.returns().create((CommandContext) a[0], (NewReturn) a[1])));
            all.add(returnCommand("returns.announce", r -> (c, id) -> r.returns().announce(c, id)));
            all.add(returnCommand("returns.recordScan", r -> (c, id) -> r.returns().recordScan(c, id)));
            all.add(returnCommand("returns.recordDelivery", r -> (c, id) -> r.returns().recordDelivery(c, id)));
            all.add(returnCommand("returns.close", r -> (c, id) -> r.returns().close(c, id)));
            all.add(returnWithText("returns.failAnnouncement", "carrierMessage", message,
                    r -> (c, id, text) -> r.returns().failAnnouncement(c, id, option(text))));
            all.add(returnWithText("returns.requestCancellation", "message", message,
                    r -> (c, id, text) -> r.returns().requestCancellation(c, id, option(text))));
            all.add(returnWithText("returns.confirmCancellation", "carrierMessage", message,
                    r -> (c, id, text) -> r.returns().confirmCancellation(c, id, option(text))));
            all.add(returnWithText("returns.declineCancellation", "carrierReason", message,
                    r -> (c, id, text) -> r.returns().declineCancellation(c, id, option(text))));
            all.add(returnWithText("returns.cancelExchange", "cancelReason", reason,
                    r -> (c, id, text) -> r.returns().cancelExchange(c, id, option(text))));
            all.add(use("returns.get", List.of("tenant", "returnId"), w -> new Object[] {w.tenant, w.aReturn},
                    r -> a -> r.returns().get((TenantId) a[0], (ReturnId) a[1])));
            all.add(use("returns.list", List.of("tenant", "status", "page"),
                    w -> new Object[] {w.tenant, ParcelStatus.ANNOUNCING, page},
                    r -> a -> r.returns().list((TenantId) a[0], (ParcelStatus) a[1], (PageRequest) a[2])));
            all.add(use("returns.timeline", List.of("tenant", "returnId"), w -> new Object[] {w.tenant, w.aReturn},
                    r -> a -> r.returns().timeline((TenantId) a[0], (ReturnId) a[1])));
            all.add(use("fulfillmentOrders.create", List.of("context", "details"),
                    w -> new Object[] {w.merchant, StoreFixture.newFulfillmentOrder(new FulfillmentOrderId(freshId()))},
                    r -> a -> r.fulfillmentOrders().create((CommandContext) a[0],
                            (NewFulfillmentOrder) a[1])));
            all.add(orderCommand("fulfillmentOrders.cancel", r -> (c, id) -> r.fulfillmentOrders().cancel(c, id)));
            all.add(orderCommand("fulfillmentOrders.releaseAllHolds",
                    r -> (c, id) -> r.fulfillmentOrders().releaseAllHolds(c, id)));
            all.add(use("fulfillmentOrders.releaseHolds", List.of("context", "fulfillmentOrderId", "holdIds"),
                    w -> new Object[] {w.merchant, w.order, List.of(new Reference("hold-1"))},
                    r -> a -> r.fulfillmentOrders().releaseHolds((CommandContext) a[0], (FulfillmentOrderId) a[1],
                            list(a[2]))));
            all.add(orderCommand("fulfillmentOrders.markAsOpen",
                    r -> (c, id) -> r.fulfillmentOrders().markAsOpen(c, id)));
            all.add(orderWithMessage("fulfillmentOrders.submitFulfillmentRequest",
                    r -> (c, id, text) -> r.fulfillmentOrders().submitFulfillmentRequest(c, id, option(text))));
            all.add(orderWithMessage("fulfillmentOrders.acceptFulfillmentRequest",
                    r -> (c, id, text) -> r.fulfillmentOrders().acceptFulfillmentRequest(c, id, option(text))));
            all.add(orderWithMessage("fulfillmentOrders.rejectFulfillmentRequest",
                    r -> (c, id, text) -> r.fulfillmentOrders().rejectFulfillmentRequest(c, id, option(text))));
            all.add(orderWithMessage("fulfillmentOrders.sendCancellationRequest",
                    r -> (c, id, text) -> r.fulfillmentOrders().sendCancellationRequest(c, id, option(text))));
            all.add(orderWithMessage("fulfillmentOrders.acceptCancellationRequest",
                    r -> (c, id, text) -> r.fulfillmentOrders().acceptCancellationRequest(c, id, option(text))));
            all.add(orderWithMessage("fulfillmentOrders.rejectCancellationRequest",
                    r -> (c, id, text) -> r.fulfillmentOrders().rejectCancellationRequest(c, id, option(text))));
            all.add(orderWithMessage("fulfillmentOrders.closeIncomplete",
                    r -> (c, id, text) -> r.fulfillmentOrders().closeIncomplete(c, id, option(text))));
            all.add(use("fulfillmentOrders.createFulfillment", List.of("context", "fulfillmentOrderId", "lines"),
                    w -> new Object[] {w.merchant, w.order, List.of()},
                    r -> a -> r.fulfillmentOrders().createFulfillment((CommandContext) a[0], (FulfillmentOrderId) a[1],
                            list(a[2]))));
            all.add(use("fulfillmentOrders.hold", List.of("context", "fulfillmentOrderId", "reason", "reasonNotes"),
                    w -> new Object[] {w.merchant, w.order, HoldReason.OTHER, reason},
                    r -> a -> r.fulfillmentOrders().hold((CommandContext) a[0], (FulfillmentOrderId) a[1],
                            (HoldReason) a[2], option(a[3]))));
            all.add(use("fulfillmentOrders.setFulfillBy", List.of("context", "fulfillmentOrderId", "fulfillBy"),
                    w -> new Object[] {w.merchant, w.order, NOW.plus(Duration.ofDays(1))},
                    r -> a -> r.fulfillmentOrders().setFulfillBy((CommandContext) a[0], (FulfillmentOrderId) a[1],
                            (Instant) a[2])));
            all.add(use("fulfillmentOrders.setFulfillmentOrdersDeadline",
                    List.of("context", "fulfillmentOrderIds", "fulfillBy"),
                    w -> new Object[] {w.merchant, List.of(w.order), NOW.plus(Duration.ofDays(1))},
                    r -> a -> r.fulfillmentOrders().setFulfillmentOrdersDeadline((CommandContext) a[0], list(a[1]),
                            (Instant) a[2])));
            all.add(use("fulfillmentOrders.reschedule", List.of("context", "fulfillmentOrderId", "fulfillAt"),
                    w -> new Object[] {w.merchant, w.order, NOW.plus(Duration.ofDays(1))},
                    r -> a -> r.fulfillmentOrders().reschedule((CommandContext) a[0], (FulfillmentOrderId) a[1],
                            (Instant) a[2])));
            all.add(use("fulfillmentOrders.get", List.of("tenant", "fulfillmentOrderId"),
                    w -> new Object[] {w.tenant, w.order},
                    r -> a -> r.fulfillmentOrders().get((TenantId) a[0], (FulfillmentOrderId) a[1])));
            all.add(use("fulfillmentOrders.list", List.of("tenant", "status", "page"),
                    w -> new Object[] {w.tenant, FulfillmentOrderStatus.OPEN, page},
                    r -> a -> r.fulfillmentOrders().list((TenantId) a[0], (FulfillmentOrderStatus) a[1],
                            (PageRequest) a[2])));
            all.add(use("fulfillmentOrders.timeline", List.of("tenant", "fulfillmentOrderId"),
                    w -> new Object[] {w.tenant, w.order},
                    r -> a -> r.fulfillmentOrders().timeline((TenantId) a[0], (FulfillmentOrderId) a[1])));
            all.add(use("cancellationRequests.get", List.of("tenant", "cancellationRequestId"),
                    w -> new Object[] {w.tenant, w.request},
                    r -> a -> r.cancellationRequests().get((TenantId) a[0], (CancellationRequestId) a[1])));
            all.add(use("cancellationRequests.timeline", List.of("tenant", "cancellationRequestId"),
                    w -> new Object[] {w.tenant, w.request},
                    r -> a -> r.cancellationRequests().timeline((TenantId) a[0], (CancellationRequestId) a[1])));
            all.add(use("cancellationRequests.forTarget", List.of("tenant", "target"),
                    w -> new Object[] {w.tenant, CancellationTarget.of(w.aReturn)},
                    r -> a -> r.cancellationRequests().forTarget((TenantId) a[0], (CancellationTarget) a[1])));
            all.add(use("cancellationRequests.list", List.of("tenant", "status", "page"),
                    w -> new Object[] {w.tenant, CancellationRequestStatus.REQUESTED, page},
                    r -> a -> r.cancellationRequests().list((TenantId) a[0], (CancellationRequestStatus) a[1],
                            (PageRequest) a[2])));
            return List.copyOf(all);
        }

        private static UseCase use(String name, List<String> parameters, Function<World, Object[]> arguments,
                Function<Rescind, Function<Object[], Either<Rejection, ?>>> call) {
            return new UseCase(name, parameters, arguments, call);
        }

        private static UseCase returnCommand(String name,
                Function<Rescind, BiFunction<CommandContext, ReturnId, Either<Rejection, ?>>> call) {
            return use(name, List.of("context", "returnId"), w -> new Object[] {w.merchant, w.aReturn},
                    r -> a -> call.apply(r).apply((CommandContext) a[0], (ReturnId) a[1]));
        }

        private static UseCase returnWithText(String name, String textName, Option<?> text,
                Function<Rescind, TriFunction<CommandContext, ReturnId, Object, Either<Rejection, ?>>> call) {
            return use(name, List.of("context", "returnId", textName), w -> new Object[] {w.merchant, w.aReturn, text},
                    r -> a -> call.apply(r).apply((CommandContext) a[0], (ReturnId) a[1], a[2]));
        }

        private static UseCase orderCommand(String name, Function<Rescind,
                BiFunction<CommandContext, FulfillmentOrderId, Either<Rejection, ?>>> call) {
            return use(name, List.of("context", "fulfillmentOrderId"), w -> new Object[] {w.merchant, w.order},
                    r -> a -> call.apply(r).apply((CommandContext) a[0], (FulfillmentOrderId) a[1]));
        }

        private static UseCase orderWithMessage(String name,
                Function<Rescind, TriFunction<CommandContext, FulfillmentOrderId, Object, Either<Rejection, ?>>> call) {
            return use(name, List.of("context", "fulfillmentOrderId", "message"),
                    w -> new Object[] {w.merchant, w.order, Option.none()},
                    r -> a -> call.apply(r).apply((CommandContext) a[0], (FulfillmentOrderId) a[1], a[2]));
        }
    }

    @FunctionalInterface
    private interface TriFunction<A, B, C, R> {
        R apply(A first, B second, C third);
    }

    @SuppressWarnings("unchecked")
    private static <T> Option<T> option(Object value) {
        return (Option<T>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }

    private static PickupWindow window() {
        return PickupWindow.of(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)),
                "UTC").get();
    }
}
