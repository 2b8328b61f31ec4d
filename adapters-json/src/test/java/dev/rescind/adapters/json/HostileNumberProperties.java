package dev.rescind.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.adapters.json.internal.StrictJson;
import dev.rescind.adapters.json.parcellab.ParcelLabJson;
import dev.rescind.adapters.json.returnqueen.ReturnQueenJson;
import dev.rescind.adapters.json.returnqueen.ReturnQueenShipment;
import dev.rescind.adapters.json.sendcloud.SendcloudJson;
import dev.rescind.adapters.json.sendcloud.SendcloudReturn;
import dev.rescind.adapters.json.shopify.ShopifyFulfillmentOrder;
import dev.rescind.adapters.json.shopify.ShopifyJson;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.testkit.arbitraries.FulfillmentOrderModel;
import dev.rescind.testkit.arbitraries.ReturnModel;
import dev.rescind.testkit.arbitraries.ShipmentModel;
import dev.rescind.testkit.arbitraries.Walks;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every numeric field of every wire format Rescind reads, generated from aggregates in any reachable state,
 * replaced by a hostile number: NaN or an infinity (in a tree a host built, or as the JSON extensions some
 * writers emit) and exponents far beyond any amount ({@code 1e400}, {@code 1e999999999}). Each is invalid
 * input naming the field's path, never an exception.
 */
class HostileNumberProperties {

    /** Numbers no JSON text may hold, only a tree built in code. */
    private static final List<JsonNode> NON_FINITE = List.of(
            StrictJson.nodes().numberNode(Double.NaN),
            StrictJson.nodes().numberNode(Double.POSITIVE_INFINITY),
            StrictJson.nodes().numberNode(Double.NEGATIVE_INFINITY),
            StrictJson.nodes().numberNode(Float.NaN));

    /** Numbers as text, each one of the ways a body can carry a number no field accepts. */
    private static final List<String> HOSTILE_TEXT = List.of("NaN", "Infinity", "-Infinity", "1e400",
            "-1e400", "1e999999999", "-1E999999999", "1e-999999999", "9.99e308", "1e309");

    /** One wire format's document and how it is read. */
    record Document(String format, JsonNode json, Function<JsonNode, Either<Rejection.InvalidInput, ?>> parse) {
        @Override
        public String toString() {
            return format + " " + json;
        }
    }

    /** A document with the number at {@code path} replaced. */
    record Hostile(Document document, String path, JsonNode tree, String text) {
        @Override
        public String toString() {
            return document.format() + " " + path + " = " + text;
        }
    }

    @Property(tries = 300)
    void a_hostile_number_in_any_numeric_field_is_invalid_input_at_its_path(@ForAll("hostileNumbers") Hostile hostile) {
        Either<Rejection.InvalidInput, ?> fromTree = hostile.document().parse().apply(hostile.tree());
        Either<Rejection.InvalidInput, ?> fromText = StrictJson.readTree(hostile.text()
                .getBytes(StandardCharsets.UTF_8)).flatMap(json -> hostile.document().parse().apply(json));

        assertThat(fromTree.isLeft()).as("read from the tree: %s", fromTree).isTrue();
        assertThat(fromTree.getLeft().errors()).extracting(FieldError::path).containsExactly(hostile.path());
        assertThat(fromText.isLeft()).as("read from the text: %s", fromText).isTrue();
        assertThat(fromText.getLeft().errors()).extracting(FieldError::path).containsExactly(hostile.path());
    }

    @Provide
    Arbitrary<Hostile> hostileNumbers() {
        return documents().filter(document -> !numberPaths(document.json(), "").isEmpty())
                .flatMap(document -> Combinators.combine(Arbitraries.of(numberPaths(document.json(), "")),
                                Arbitraries.of(HOSTILE_TEXT), Arbitraries.of(NON_FINITE))
                        .as((path, text, nonFinite) -> {
                            JsonNode tree = replaced(document.json(), path, text.matches("[+-]?[0-9.eE+-]+")
                                    ? StrictJson.nodes().numberNode(new BigDecimal(text)) : nonFinite);
                            return new Hostile(document, path, tree, textWith(document.json(), path, text));
                        }));
    }

    private static Arbitrary<Document> documents() {
        Arbitrary<Document> sendcloud = Walks.anyReachable(ReturnModel.INSTANCE).map(reached -> new Document(
                "sendcloud", new SendcloudJson(ZoneOffset.UTC).render(SendcloudReturn.of(reached.aggregate())),
                SendcloudJson::parseReturn));
        Arbitrary<Document> shopify = Walks.anyReachable(FulfillmentOrderModel.INSTANCE).map(reached -> new Document(
                "shopify", new ShopifyJson(ZoneOffset.UTC).render(ShopifyFulfillmentOrder.of(reached.aggregate())),
                ShopifyJson::parseFulfillmentOrder));
        Arbitrary<Document> returnQueen = Walks.anyReachable(ShipmentModel.INSTANCE).map(reached -> new Document(
                "returnqueen", ReturnQueenJson.render(ReturnQueenShipment.of(reached.aggregate())),
                ReturnQueenJson::parseShipment));
        Arbitrary<Document> parcelLab = WireArbitraries.cancelExchangeResults().map(result -> new Document(
                "parcellab", ParcelLabJson.render(result), ParcelLabJson::parseResult));
        return Arbitraries.oneOf(sendcloud, shopify, returnQueen, parcelLab);
    }

    /** The path of every number in {@code node}, as Rescind's field errors spell it: {@code line_items[0].quantity}. */
    private static List<String> numberPaths(JsonNode node, String at) {
        List<String> paths = new ArrayList<>();
        if (node.isNumber()) {
            paths.add(at);
        } else if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                paths.addAll(numberPaths(node.get(index), at + "[" + index + "]"));
            }
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> paths.addAll(numberPaths(node.get(name),
                    at.isEmpty() ? name : at + "." + name)));
        }
        return paths;
    }

    /** A copy of {@code root} with {@code replacement} at {@code path}. */
    private static JsonNode replaced(JsonNode root, String path, JsonNode replacement) {
        JsonNode copy = root.deepCopy();
        int split = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        JsonNode parent = split <= 0 ? copy : at(copy, path.substring(0, split));
        if (path.endsWith("]")) {
            ((ArrayNode) parent).set(Integer.parseInt(path.substring(split + 1, path.length() - 1)), replacement);
        } else {
            ((ObjectNode) parent).set(path.substring(split + 1), replacement);
        }
        return copy;
    }

    /** The document's text with the raw {@code number} at {@code path}. */
    private static String textWith(JsonNode root, String path, String number) {
        String marker = "\u0000hostile-number\u0000";
        return StrictJson.write(replaced(root, path, StrictJson.nodes().textNode(marker)))
                .replace(StrictJson.write(StrictJson.nodes().textNode(marker)), number);
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode found = root;
        for (String step : path.replace("[", ".[").split("\\.")) {
            if (step.isEmpty()) {
                continue;
            }
            found = step.startsWith("[") ? found.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : found.get(step);
        }
        return found;
    }
}
