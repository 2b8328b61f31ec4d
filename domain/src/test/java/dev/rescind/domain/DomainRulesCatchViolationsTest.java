package dev.rescind.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.rescind.domain.returns.violation.LeadsBackToShipments;
import dev.rescind.domain.shared.violation.KnowsAShipment;
import dev.rescind.domain.shipment.violation.ClassAggregate;
import dev.rescind.domain.violation.ImpureDecision;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of {@link DomainArchitectureTest}'s rules, run on test classes written to break it, so that no rule
 * passes by matching nothing.
 */
class DomainRulesCatchViolationsTest {

    private static final JavaClasses BROKEN_ON_PURPOSE = new ClassFileImporter().importClasses(ImpureDecision.class,
            KnowsAShipment.class, ClassAggregate.class, LeadsBackToShipments.class);

    static List<Arguments> rules() {
        return List.of(
                Arguments.of("depend only on the JDK, vavr and the domain",
                        DomainArchitectureTest.domain_classes_depend_only_on_the_jdk_vavr_and_the_domain,
                        "ImpureDecision"),
                Arguments.of("never read the clock or make random values",
                        DomainArchitectureTest.domain_classes_never_read_the_clock_or_make_random_values,
                        "ImpureDecision"),
                Arguments.of("do not log", DomainArchitectureTest.domain_classes_do_not_log, "ImpureDecision"),
                Arguments.of("do not write to standard out",
                        DomainArchitectureTest.domain_classes_do_not_write_to_standard_out_or_err, "ImpureDecision"),
                Arguments.of("do no file, database or network I/O",
                        DomainArchitectureTest.domain_classes_do_no_file_database_or_network_io, "ImpureDecision"),
                Arguments.of("aggregate packages are free of cycles",
                        DomainArchitectureTest.aggregate_packages_are_free_of_cycles, "LeadsBackToShipments"),
                Arguments.of("shared values know no aggregate",
                        DomainArchitectureTest.shared_values_depend_on_no_aggregate_package, "KnowsAShipment"),
                Arguments.of("aggregate roots are records",
                        DomainArchitectureTest.every_aggregate_root_is_a_record, "ClassAggregate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void the_rule_catches_the_class_that_breaks_it(String rule, ArchRule archRule, String breaker) {
        assertThat(archRule.evaluate(BROKEN_ON_PURPOSE).getFailureReport().getDetails())
                .as(rule).anyMatch(line -> line.contains(breaker));
    }
}
