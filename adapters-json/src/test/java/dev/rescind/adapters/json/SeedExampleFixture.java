package dev.rescind.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.rescind.adapters.json.internal.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The example payloads of the seed documents, copied into {@code src/test/resources/seeds}, and the field by
 * field comparison of a documented answer with the one Rescind renders. Every way the two differ must be
 * declared, with the value Rescind renders and why; a declaration that no longer matches fails too.
 */
public final class SeedExampleFixture {

    private SeedExampleFixture() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = SeedExampleFixture.class.getResourceAsStream("/seeds/" + resource)) {
            assertThat(in).as("seed example %s", resource).isNotNull();
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    public static JsonNode json(String resource) {
        return StrictJson.readTree(bytes(resource)).getOrElseThrow(invalid -> new AssertionError(
                "seed example " + resource + " is not JSON: " + invalid.message()));
    }

    public static Comparison compare(JsonNode documented, JsonNode rendered) {
        return new Comparison(documented, rendered);
    }

    /** A documented JSON value against Rescind's, with the declared differences. */
    public static final class Comparison {
        private final JsonNode documented;
        private final JsonNode rendered;
        private final Map<String, JsonNode> differences = new LinkedHashMap<>();
        private final Map<String, JsonNode> additions = new LinkedHashMap<>();

        private Comparison(JsonNode documented, JsonNode rendered) {
            this.documented = documented;
            this.rendered = rendered;
        }

        /** At {@code path} the document shows something else than Rescind, which renders {@code ours} (JSON text). */
        public Comparison differs(String path, String ours, String why) {
            assertThat(why).isNotBlank();
            differences.put(path, node(ours));
            return this;
        }

        /** Rescind renders {@code path}, which the example does not show, as {@code ours} (JSON text). */
        public Comparison adds(String path, String ours, String why) {
            assertThat(why).isNotBlank();
            additions.put(path, node(ours));
            return this;
        }

        /** Fails unless the two agree everywhere else and every declaration holds exactly. */
        public void verify() {
            List<String> problems = new ArrayList<>();
            Set<String> used = new LinkedHashSet<>();
            walk("", documented, rendered, problems, used);
            Set<String> unused = new LinkedHashSet<>(differences.keySet());
            unused.addAll(additions.keySet());
            unused.removeAll(used);
            unused.forEach(path -> problems.add(path + ": declared, but nothing there differs"));
            assertThat(problems).as("differences from the documented example").isEmpty();
        }

        private void walk(String path, JsonNode expected, JsonNode actual, List<String> problems, Set<String> used) {
            if (differences.containsKey(path)) {
                used.add(path);
                JsonNode ours = differences.get(path);
                if (same(expected, ours)) {
                    problems.add(path + ": declared as different, but the document shows " + expected + " too");
                }
                if (!same(ours, actual)) {
                    problems.add(path + ": declared as " + ours + ", rendered " + actual);
                }
                return;
            }
            if (expected.isObject() && actual != null && actual.isObject()) {
                for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    JsonNode ours = actual.get(name);
                    String child = path.isEmpty() ? name : path + "." + name;
                    if (ours == null && !differences.containsKey(child)) {
                        problems.add(child + ": documented, not rendered");
                    } else {
                        walk(child, expected.get(name), ours == null ? NullNode.instance : ours, problems, used);
                    }
                }
                for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    String child = path.isEmpty() ? name : path + "." + name;
                    if (!expected.has(name)) {
                        used.add(child);
                        if (!additions.containsKey(child)) {
                            problems.add(child + ": rendered " + actual.get(name) + ", not documented");
                        } else if (!same(additions.get(child), actual.get(name))) {
                            problems.add(child + ": declared as added " + additions.get(child) + ", rendered "
                                    + actual.get(name));
                        }
                    }
                }
                return;
            }
            if (expected.isArray() && actual != null && actual.isArray() && expected.size() == actual.size()) {
                for (int index = 0; index < expected.size(); index++) {
                    walk(path + "[" + index + "]", expected.get(index), actual.get(index), problems, used);
                }
                return;
            }
            if (!same(expected, actual)) {
                problems.add(path + ": documented " + expected + ", rendered " + actual);
            }
        }

        /** Equal as JSON values; numbers by value, so that {@code 1} and {@code 1.0} or int and long agree. */
        private static boolean same(JsonNode left, JsonNode right) {
            if (left == null || right == null) {
                return left == right;
            }
            if (left.isNumber() && right.isNumber()) {
                return left.decimalValue().compareTo(right.decimalValue()) == 0;
            }
            if (left.isContainerNode() && right.isContainerNode() && left.getNodeType() == right.getNodeType()
                    && left.size() == right.size()) {
                if (left.isArray()) {
                    for (int index = 0; index < left.size(); index++) {
                        if (!same(left.get(index), right.get(index))) {
                            return false;
                        }
                    }
                    return true;
                }
                for (Iterator<String> names = left.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!same(left.get(name), right.get(name))) {
                        return false;
                    }
                }
                return true;
            }
            return left.equals(right);
        }

        private static JsonNode node(String json) {
            return StrictJson.readTree(json).getOrElseThrow(invalid -> new AssertionError(
                    "declare values as JSON text: " + json + ": " + invalid.message()));
        }
    }
}
