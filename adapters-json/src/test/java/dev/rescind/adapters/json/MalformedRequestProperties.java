package dev.rescind.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.adapters.json.internal.StrictJson;
import dev.rescind.adapters.json.parcellab.EditReturnRequest;
import dev.rescind.adapters.json.parcellab.ParcelLabApi;
import dev.rescind.adapters.json.parcellab.ParcelLabJson;
import dev.rescind.adapters.json.shopify.CancellationRequestBody;
import dev.rescind.adapters.json.shopify.ShopifyApi;
import dev.rescind.adapters.json.shopify.ShopifyJson;
import dev.rescind.application.CommandContext;
import dev.rescind.domain.fulfillment.FulfillmentLineItem;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.returns.Compensation;
import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import dev.rescind.testkit.arbitraries.Values;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated malformed requests, sent through the public endpoints of the two APIs that take a body, always
 * get the API's 400 answer, never an exception, and never change anything. Each kind of damage starts from
 * a generated valid body addressed to an existing return or fulfillment order.
 */
class MalformedRequestProperties {

    private static final String USER = "1612198";
    private static final ReturnId RETURN_ID = new ReturnId("af0000000000000000000001");
    private static final TenantId SHOP = new TenantId("548380009");
    private static final FulfillmentOrderId ORDER_ID = new FulfillmentOrderId("1046000803");
    private static final String PLACEHOLDER = "\u0000placeholder";

    /** The two APIs whose requests have a body. */
    enum Endpoint {
        PARCEL_LAB,
        SHOPIFY
    }

    /** A damaged body for one endpoint; {@code path} names the damaged field, if one is. */
    record Request(Endpoint endpoint, byte[] body, String path) {
        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return endpoint + " " + path + ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    private final RescindFixture fixture = RescindFixture.at("2026-03-02T09:00:00Z");
    private final ParcelLabApi parcelLab = new ParcelLabApi(fixture.rescind);
    private final ShopifyApi shopify = new ShopifyApi(fixture.rescind, ZoneId.of("UTC"));
    private final Version returnVersion;
    private final Version orderVersion;

    MalformedRequestProperties() {
        CommandContext merchant = CommandContext.of(new TenantId(USER), Actor.merchant(USER));
        fixture.rescind.returns().create(merchant, new NewReturn(RETURN_ID, Option.none(), Option.none(),
                Option.none(), Option.none(), DeliveryOption.PICKUP, Option.none(), Option.none(), Option.none(),
                List.of(new ReturnItem(new Reference("item-1"), new Reference("article-1"), 1,
                        Money.of("10.00", "EUR").get(), Compensation.exchange(new Reference("variant-m")))),
                Option.none(), Option.none(), true, Option.none(), Option.none())).get();
        CommandContext shop = CommandContext.of(SHOP, Actor.merchant("owner"));
        CommandContext service = CommandContext.of(SHOP, Actor.fulfillmentService("service-1"));
        fixture.rescind.fulfillmentOrders().create(shop, new NewFulfillmentOrder(ORDER_ID, new Reference("1"),
                new Reference("2"), Option.some(new Reference("service-1")), Option.none(), Option.none(),
                List.of(FulfillmentLineItem.of(new Reference("3"), new Reference("4"), Option.none(), Option.none(),
                        1)), Option.none(), Option.none())).get();
        fixture.rescind.fulfillmentOrders().submitFulfillmentRequest(shop, ORDER_ID, Option.none()).get();
        fixture.rescind.fulfillmentOrders().acceptFulfillmentRequest(service, ORDER_ID, Option.none()).get();
        returnVersion = version(Endpoint.PARCEL_LAB);
        orderVersion = version(Endpoint.SHOPIFY);
    }

    @Property
    void a_truncated_body_is_an_unreadable_body(@ForAll("truncated") Request request) {
        assertUnreadable(request, send(request));
    }

    @Property
    void a_value_of_the_wrong_type_is_a_400_naming_its_path(@ForAll("wrongTypes") Request request) {
        HttpAnswer answer = send(request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(errorPaths(request.endpoint(), answer)).containsExactly(request.path());
        if (request.endpoint() == Endpoint.PARCEL_LAB) {
            assertThat(answer.body().get("error").asText()).isEqualTo(ParcelLabJson.SCHEMA_VALIDATION_FAILED);
        }
        assertUnchanged(request.endpoint());
    }

    @Property(tries = 50)
    void a_huge_string_is_an_unreadable_body(@ForAll("hugeStrings") Request request) {
        assertUnreadable(request, send(request));
    }

    @Property(tries = 50)
    void deep_nesting_is_an_unreadable_body(@ForAll("deepNesting") Request request) {
        assertUnreadable(request, send(request));
    }

    @Property
    void a_duplicated_key_is_an_unreadable_body_naming_the_key(@ForAll("duplicateKeys") Request request) {
        HttpAnswer answer = send(request);

        assertUnreadable(request, answer);
        assertThat(errorPaths(request.endpoint(), answer)).containsExactly(request.path());
    }

    /**
     * Overlong forms ({@code C0 AF} is {@code /} to a lenient decoder), encoded surrogates, stray continuation
     * bytes and truncated sequences inside a string: the body is not read at all.
     */
    @Property
    void invalid_utf8_inside_a_string_is_an_unreadable_body_naming_the_string(
            @ForAll("invalidUtf8") Request request) {
        HttpAnswer answer = send(request);

        assertUnreadable(request, answer);
        assertThat(errorPaths(request.endpoint(), answer)).containsExactly(request.path());
    }

    /** Numbers no field takes, in place of any value: a 400, never an exception. */
    @Property
    void a_hostile_number_in_place_of_any_value_is_a_400_naming_its_path(@ForAll("hostileNumbers") Request request) {
        HttpAnswer answer = send(request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(errorPaths(request.endpoint(), answer)).containsExactly(request.path());
        assertUnchanged(request.endpoint());
    }

    /** Valid requests among the bytes address nothing that exists, so every answer must be an error. */
    @Property
    void any_bytes_at_all_get_a_4xx_answer_in_the_apis_error_shape(@ForAll("anyBytes") Request request) {
        HttpAnswer answer = switch (request.endpoint()) {
            case PARCEL_LAB -> parcelLab.editReturnById("9999", request.body(),
                    tenant -> CommandContext.of(tenant, Actor.merchant("9999")));
            case SHOPIFY -> shopify.sendCancellationRequest(CommandContext.of(SHOP, Actor.merchant("owner")),
                    "no-such-order", request.body());
        };

        assertThat(answer.status()).isBetween(400, 499);
        assertThat(request.endpoint() == Endpoint.PARCEL_LAB ? answer.body().get("error").isTextual()
                : answer.body().has("errors")).isTrue();
    }

    private HttpAnswer send(Request request) {
        return switch (request.endpoint()) {
            case PARCEL_LAB -> parcelLab.editReturnById(USER, request.body(),
                    tenant -> CommandContext.of(tenant, Actor.merchant(USER)));
            case SHOPIFY -> shopify.sendCancellationRequest(CommandContext.of(SHOP, Actor.merchant("owner")),
                    ORDER_ID.value(), request.body());
        };
    }

    private Version version(Endpoint endpoint) {
        return switch (endpoint) {
            case PARCEL_LAB -> fixture.rescind.returns().get(new TenantId(USER), RETURN_ID).get().version();
            case SHOPIFY -> fixture.rescind.fulfillmentOrders().get(SHOP, ORDER_ID).get().version();
        };
    }

    /** The 400 each API gives for a body it cannot read as JSON, and the target as it was. */
    private void assertUnreadable(Request request, HttpAnswer answer) {
        assertThat(answer.status()).isEqualTo(400);
        if (request.endpoint() == Endpoint.PARCEL_LAB) {
            assertThat(answer.body().get("error").asText()).isEqualTo(ParcelLabJson.INVALID_BODY);
        } else {
            assertThat(answer.body().get("errors").isObject()).isTrue();
        }
        assertUnchanged(request.endpoint());
    }

    /** Nothing a malformed request does may change its target: the version is the one set up. */
    private void assertUnchanged(Endpoint endpoint) {
        assertThat(version(endpoint)).isEqualTo(endpoint == Endpoint.PARCEL_LAB ? returnVersion : orderVersion);
    }

    private static List<String> errorPaths(Endpoint endpoint, HttpAnswer answer) {
        List<String> paths = new ArrayList<>();
        if (endpoint == Endpoint.PARCEL_LAB) {
            answer.body().get("details").forEach(detail -> paths.add(detail.get("path").asText()));
        } else {
            answer.body().get("errors").fieldNames().forEachRemaining(paths::add);
        }
        return paths;
    }

    @Provide
    Arbitrary<Request> truncated() {
        return validBodies().flatMap(valid -> {
            byte[] bytes = valid.body();
            return Arbitraries.integers().between(1, bytes.length - 1)
                    .map(length -> new Request(valid.endpoint(), Arrays.copyOf(bytes, length), ""));
        });
    }

    @Provide
    Arbitrary<Request> wrongTypes() {
        List<String> values = List.of("7", "-1.5", "true", "false", "\"text\"", "[]", "[\"text\"]", "{}",
                "{\"a\":1}");
        return bodies().flatMap(body -> Arbitraries.of(fieldPaths(body.json())).flatMap(path -> {
            JsonNode original = at(body.json(), path);
            return Arbitraries.of(values)
                    .filter(value -> StrictJson.readTree(value).get().getNodeType() != original.getNodeType())
                    .map(value -> new Request(body.endpoint(), replace(body.json(), path, value), path));
        }));
    }

    @Provide
    Arbitrary<Request> hugeStrings() {
        return bodies().filter(body -> !textPaths(body.json()).isEmpty())
                .flatMap(body -> Combinators.combine(Arbitraries.of(textPaths(body.json())),
                        Arbitraries.integers().between(StrictJson.MAX_STRING_LENGTH + 1,
                                3 * StrictJson.MAX_DOCUMENT_LENGTH))
                .as((path, length) -> new Request(body.endpoint(),
                        replace(body.json(), path, "\"" + "é".repeat(length) + "\""), path)));
    }

    @Provide
    Arbitrary<Request> deepNesting() {
        return bodies().flatMap(body -> Combinators.combine(Arbitraries.of(fieldPaths(body.json())),
                        Arbitraries.integers().between(StrictJson.MAX_NESTING_DEPTH, 5_000),
                        Arbitraries.of(true, false))
                .as((path, depth, arrays) -> new Request(body.endpoint(), replace(body.json(), path,
                        arrays ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1"
                                + "}".repeat(depth)), path)));
    }

    @Provide
    Arbitrary<Request> duplicateKeys() {
        return bodies().flatMap(body -> Arbitraries.of(fieldPaths(body.json())).map(path -> {
            String name = path.substring(path.lastIndexOf('.') + 1);
            String value = StrictJson.write(at(body.json(), path));
            return new Request(body.endpoint(), replace(body.json(), path, value + ",\"" + name + "\":" + value),
                    path);
        }));
    }

    @Provide
    Arbitrary<Request> invalidUtf8() {
        String marker = "@@invalid@@";
        return bodies().filter(body -> !textPaths(body.json()).isEmpty())
                .flatMap(body -> Combinators.combine(Arbitraries.of(textPaths(body.json())), invalidSequences(),
                                Arbitraries.integers().between(0, 1_000))
                        .as((path, invalid, position) -> {
                            String text = at(body.json(), path).textValue();
                            int at = text.offsetByCodePoints(0, position % (text.codePointCount(0, text.length()) + 1));
                            byte[] marked = replace(body.json(), path, StrictJson.write(StrictJson.nodes()
                                    .textNode(text.substring(0, at) + marker + text.substring(at))));
                            return new Request(body.endpoint(), splice(marked, marker, invalid), path);
                        }));
    }

    /** Byte sequences no strict UTF-8 decoder takes, generated around the characters they would smuggle. */
    private static Arbitrary<byte[]> invalidSequences() {
        Arbitrary<Integer> ascii = Arbitraries.integers().between(0x20, 0x7e);
        Arbitrary<byte[]> overlongTwo = ascii.map(c -> new byte[] {(byte) (0xC0 | c >> 6), (byte) (0x80 | c & 0x3F)});
        Arbitrary<byte[]> overlongThree = Arbitraries.integers().between(0x20, 0x7ff).map(c -> new byte[] {
                (byte) 0xE0, (byte) (0x80 | c >> 6), (byte) (0x80 | c & 0x3F)});
        Arbitrary<byte[]> overlongFour = Arbitraries.integers().between(0x20, 0xffff).map(c -> new byte[] {
                (byte) 0xF0, (byte) (0x80 | c >> 12), (byte) (0x80 | c >> 6 & 0x3F), (byte) (0x80 | c & 0x3F)});
        Arbitrary<byte[]> surrogate = Arbitraries.integers().between(0xD800, 0xDFFF).map(c -> new byte[] {
                (byte) 0xED, (byte) (0x80 | c >> 6 & 0x3F), (byte) (0x80 | c & 0x3F)});
        Arbitrary<byte[]> truncated = Combinators.combine(Arbitraries.integers().between(0x80, 0x10FFFF)
                        .filter(c -> c < 0xD800 || c > 0xDFFF), Arbitraries.integers().between(1, 3))
                .as((c, cut) -> {
                    byte[] whole = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                    return Arrays.copyOf(whole, Math.max(1, whole.length - cut));
                });
        Arbitrary<byte[]> stray = Arbitraries.integers().between(0x80, 0xBF).map(b -> new byte[] {b.byteValue()});
        Arbitrary<byte[]> neverUtf8 = Arbitraries.integers().between(0xF5, 0xFF).map(b -> new byte[] {b.byteValue()});
        Arbitrary<byte[]> beyondUnicode = Arbitraries.integers().between(0x90, 0xBF).map(b -> new byte[] {
                (byte) 0xF4, b.byteValue(), (byte) 0x80, (byte) 0x80});
        Arbitrary<byte[]> known = Arbitraries.of(new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xC0, (byte) 0xA2}, new byte[] {(byte) 0xC0, (byte) 0xBC},
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        return Arbitraries.oneOf(known, overlongTwo, overlongThree, overlongFour, surrogate, truncated, stray,
                neverUtf8, beyondUnicode);
    }

    /** {@code bytes} with the UTF-8 of {@code marker} replaced by {@code inserted}. */
    private static byte[] splice(byte[] bytes, String marker, byte[] inserted) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf(marker);
        byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8);
        byte[] spliced = Arrays.copyOf(before, before.length + inserted.length + after.length);
        System.arraycopy(inserted, 0, spliced, before.length, inserted.length);
        System.arraycopy(after, 0, spliced, before.length + inserted.length, after.length);
        return spliced;
    }

    @Provide
    Arbitrary<Request> hostileNumbers() {
        return bodies().flatMap(body -> Combinators.combine(Arbitraries.of(fieldPaths(body.json())),
                        Arbitraries.of("NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e999999999", "1e309"))
                .as((path, number) -> new Request(body.endpoint(), replace(body.json(), path, number), path)));
    }

    @Provide
    Arbitrary<Request> anyBytes() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        Arbitrary<byte[]> jsonish = Arbitraries.strings().withChars("{}[]\":,. \\-0123456789eEtrufalsn")
                .withChars("returnIdlangcountryoperationcancel_exchangecancellation_requestmessage")
                .ofMaxLength(200).map(text -> text.getBytes(StandardCharsets.UTF_8));
        return Combinators.combine(Arbitraries.of(Endpoint.class), Arbitraries.oneOf(raw, jsonish))
                .as((endpoint, body) -> new Request(endpoint, body, ""));
    }

    /** A valid body, as a tree, for one of the endpoints. */
    record Body(Endpoint endpoint, ObjectNode json) {
    }

    private Arbitrary<Body> bodies() {
        Arbitrary<String> context = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5);
        Arbitrary<Body> parcelLabBodies = Combinators.combine(context, context, Arbitraries.of(true, false),
                        Values.optional(Values.reasons()))
                .as((lang, country, draft, reason) -> new Body(Endpoint.PARCEL_LAB, ParcelLabJson.renderEditReturn(
                        new EditReturnRequest(new TenantId(USER), RETURN_ID, lang, country, draft, reason))));
        Arbitrary<Body> shopifyBodies = Values.optional(Values.messages())
                .map(message -> new Body(Endpoint.SHOPIFY,
                        ShopifyJson.renderCancellationRequest(new CancellationRequestBody(message))));
        return Arbitraries.oneOf(parcelLabBodies, shopifyBodies);
    }

    private Arbitrary<Request> validBodies() {
        return bodies().map(body -> new Request(body.endpoint(),
                StrictJson.write(body.json()).getBytes(StandardCharsets.UTF_8), ""));
    }

    /** Every field of every object, dotted: {@code operationPayload.cancelReason}. */
    private static List<String> fieldPaths(JsonNode node) {
        List<String> paths = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            paths.add(name);
            fieldPaths(node.get(name)).forEach(child -> paths.add(name + "." + child));
        }
        return paths;
    }

    private static List<String> textPaths(JsonNode node) {
        return fieldPaths(node).stream().filter(path -> at(node, path).isTextual()).toList();
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode found = node;
        for (String name : path.split("\\.")) {
            found = found.get(name);
        }
        return found;
    }

    /** The body's text with the value at {@code path} replaced by raw JSON text, which may be anything. */
    private static byte[] replace(ObjectNode json, String path, String rawValue) {
        ObjectNode copy = json.deepCopy();
        int dot = path.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? copy : (ObjectNode) at(copy, path.substring(0, dot));
        parent.put(path.substring(dot + 1), PLACEHOLDER);
        String text = StrictJson.write(copy).replace(StrictJson.write(StrictJson.nodes().textNode(PLACEHOLDER)),
                rawValue);
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
