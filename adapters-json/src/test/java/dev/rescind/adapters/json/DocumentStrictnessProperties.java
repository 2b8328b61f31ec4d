package dev.rescind.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The readers of rendered documents are as strict as the round trips need them to be honest: a rendered
 * document with one field removed, one field added, or one value replaced by an object of the wrong shape is
 * refused, with an error at that field.
 */
class DocumentStrictnessProperties {

    /** A rendered document and the reader of its format. */
    record Rendered(String format, JsonNode json, Function<JsonNode, Either<Rejection.InvalidInput, ?>> parse) {
        @Override
        public String toString() {
            return format + " " + json;
        }
    }

    enum Damage {
        REMOVE,
        ADD_UNKNOWN_FIELD,
        REPLACE_WITH_OBJECT
    }

    /** One damaged field: where, how, and the damaged document. */
    record Damaged(Rendered rendered, Damage damage, String path, JsonNode json) {
        @Override
        public String toString() {
            return rendered.format() + " " + damage + " at " + path + ": " + json;
        }
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void a_document_damaged_at_one_field_is_refused_at_that_field(@ForAll("damaged") Damaged damaged) {
        Either<Rejection.InvalidInput, ?> read = damaged.rendered().parse().apply(damaged.json());

        assertThat(read.isLeft()).as("refused").isTrue();
        assertThat(read.getLeft().errors()).extracting(FieldError::path)
                .anySatisfy(path -> assertThat(path.equals(damaged.path()) || path.startsWith(damaged.path() + ".")
                        || path.startsWith(damaged.path() + "[")).as(path).isTrue());
    }

    @Provide
    Arbitrary<Rendered> documents() {
        Arbitrary<ZoneId> zones = WireArbitraries.zones();
        return Arbitraries.oneOf(
                Walks.anyReachable(ShipmentModel.INSTANCE).map(reached -> new Rendered("returnqueen",
                        ReturnQueenJson.render(ReturnQueenShipment.of(reached.aggregate())),
                        ReturnQueenJson::parseShipment)),
                Combinators.combine(Walks.anyReachable(FulfillmentOrderModel.INSTANCE), zones)
                        .as((reached, zone) -> new Rendered("shopify", new ShopifyJson(zone).render(
                                ShopifyFulfillmentOrder.of(reached.aggregate())), ShopifyJson::parseFulfillmentOrder)),
                Combinators.combine(Walks.anyReachable(ReturnModel.INSTANCE), zones)
                        .as((reached, zone) -> new Rendered("sendcloud", new SendcloudJson(zone).render(
                                SendcloudReturn.of(reached.aggregate())), SendcloudJson::parseReturn)),
                WireArbitraries.cancelExchangeResults().map(result -> new Rendered("parcellab",
                        ParcelLabJson.render(result), ParcelLabJson::parseResult)));
    }

    @Provide
    Arbitrary<Damaged> damaged() {
        return documents().flatMap(rendered -> Combinators.combine(Arbitraries.of(Damage.class),
                        Arbitraries.of(fieldPaths(rendered.json(), "")))
                .as((damage, path) -> damage(rendered, damage, path)));
    }

    private static Damaged damage(Rendered rendered, Damage damage, String path) {
        JsonNode copy = rendered.json().deepCopy();
        int dot = path.lastIndexOf('.');
        String parentPath = dot < 0 ? "" : path.substring(0, dot);
        String name = path.substring(dot + 1);
        ObjectNode parent = (ObjectNode) at(copy, parentPath);
        switch (damage) {
            case REMOVE -> parent.remove(name);
            case ADD_UNKNOWN_FIELD -> parent.put("unexpected_field", 1);
            case REPLACE_WITH_OBJECT -> parent.putObject(name).putArray("unexpected").add(true);
        }
        String damagedPath = damage != Damage.ADD_UNKNOWN_FIELD ? path
                : parentPath.isEmpty() ? "unexpected_field" : parentPath + ".unexpected_field";
        return new Damaged(rendered, damage, damagedPath, copy);
    }

    /**
     * Every field of every object, in objects nested in objects and arrays, as {@code a.b[0].c}. The entries
     * of {@code metadata} are the host's data, not fields, so metadata counts as one field.
     */
    private static List<String> fieldPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            paths.add(path);
            JsonNode value = node.get(name);
            if (value.isObject() && !name.equals("metadata")) {
                paths.addAll(fieldPaths(value, path));
            }
            if (value.isArray()) {
                for (int index = 0; index < value.size(); index++) {
                    if (value.get(index).isObject()) {
                        paths.addAll(fieldPaths(value.get(index), path + "[" + index + "]"));
                    }
                }
            }
        }
        return paths;
    }

    /** The node at a path written as {@link #fieldPaths} writes it. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        if (path.isEmpty()) {
            return node;
        }
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            node = node.get(bracket < 0 ? step : step.substring(0, bracket));
            while (bracket >= 0) {
                int close = step.indexOf(']', bracket);
                node = ((ArrayNode) node).get(Integer.parseInt(step.substring(bracket + 1, close)));
                bracket = step.indexOf('[', close);
            }
        }
        return node;
    }
}
