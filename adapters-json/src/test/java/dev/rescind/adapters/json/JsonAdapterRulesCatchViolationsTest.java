package dev.rescind.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.rescind.adapters.json.violation.TypesPolymorphically;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of {@link JsonAdapterArchitectureTest}'s rules, run on a test class written to break it, so that no
 * rule passes by matching nothing.
 */
class JsonAdapterRulesCatchViolationsTest {

    private static final JavaClasses BROKEN_ON_PURPOSE = new ClassFileImporter().importClasses(
            TypesPolymorphically.class, TypesPolymorphically.Named.class);

    static List<Arguments> rules() {
        return List.of(
                Arguments.of("depends only on the JDK, vavr, Jackson and Rescind",
                        JsonAdapterArchitectureTest
                                .the_json_adapter_depends_only_on_the_jdk_vavr_jackson_and_rescinds_inner_rings,
                        "RescindStore"),
                Arguments.of("never enables polymorphic typing",
                        JsonAdapterArchitectureTest.polymorphic_typing_is_never_enabled, "activateDefaultTyping"),
                Arguments.of("never lets the wire name a class",
                        JsonAdapterArchitectureTest.polymorphic_typing_is_never_enabled, "JsonTypeInfo"),
                Arguments.of("only the strict reader creates a mapper",
                        JsonAdapterArchitectureTest.only_the_strict_reader_creates_a_jackson_mapper,
                        "ObjectMapper.<init>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void the_rule_catches_the_class_that_breaks_it(String rule, ArchRule archRule, String breaker) {
        assertThat(archRule.evaluate(BROKEN_ON_PURPOSE).getFailureReport().getDetails())
                .as(rule).anyMatch(line -> line.contains(breaker));
    }
}
