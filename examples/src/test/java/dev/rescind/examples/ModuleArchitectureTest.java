package dev.rescind.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.rescind.adapters.fake.LeansOnInMemory;
import dev.rescind.adapters.json.violation.ReadsJdbcDocuments;
import dev.rescind.application.violation.QueriesSql;
import dev.rescind.application.violation.UsesAnAdapter;
import dev.rescind.domain.violation.LogsInTheDomain;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module rules of this project on its production classes, checked here because this module's tests see
 * every adapter (in-memory, JDBC, JSON), and, for every rule, a class written to break it, so that no rule
 * passes by matching nothing.
 */
class ModuleArchitectureTest {

    static final ArchRule THE_DOMAIN_DEPENDS_ON_JAVA_AND_VAVR_ONLY = classes()
            .that().resideInAPackage("dev.rescind.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "dev.rescind.domain..");

    static final ArchRule THE_APPLICATION_DEPENDS_ON_DOMAIN_VAVR_SLF4J_AND_JAVA_ONLY = classes()
            .that().resideInAPackage("dev.rescind.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "org.slf4j..",
                    "dev.rescind.domain..", "dev.rescind.application..");

    static final ArchRule THE_APPLICATION_USES_NEITHER_JACKSON_NOR_JDBC = noClasses()
            .that().resideInAPackage("dev.rescind.application..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "java.sql..", "javax.sql..");

    static final ArchRule DOMAIN_AND_APPLICATION_KNOW_NO_ADAPTER_AND_NO_TESTKIT = noClasses()
            .that().resideInAnyPackage("dev.rescind.domain..", "dev.rescind.application..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.rescind.adapters..", "dev.rescind.testkit..");

    static final ArchRule ADAPTERS_NEVER_DEPEND_ON_EACH_OTHER = slices()
            .matching("dev.rescind.adapters.(*)..").should().notDependOnEachOther();

    private static final List<String> ADAPTER_PACKAGES = List.of("dev.rescind.adapters.inmemory",
            "dev.rescind.adapters.jdbc", "dev.rescind.adapters.json");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.rescind");

    private static final JavaClasses BROKEN_ON_PURPOSE = new ClassFileImporter().importClasses(
            LogsInTheDomain.class, QueriesSql.class, UsesAnAdapter.class, LeansOnInMemory.class,
            ReadsJdbcDocuments.class);

    @Test
    void the_rules_see_every_adapter() {
        assertThat(ADAPTER_PACKAGES).allSatisfy(adapter -> assertThat(PRODUCTION.containPackage(adapter))
                .as("the production classes include %s", adapter).isTrue());
    }

    @Test
    void the_production_classes_keep_the_module_rules() {
        THE_DOMAIN_DEPENDS_ON_JAVA_AND_VAVR_ONLY.check(PRODUCTION);
        THE_APPLICATION_DEPENDS_ON_DOMAIN_VAVR_SLF4J_AND_JAVA_ONLY.check(PRODUCTION);
        THE_APPLICATION_USES_NEITHER_JACKSON_NOR_JDBC.check(PRODUCTION);
        DOMAIN_AND_APPLICATION_KNOW_NO_ADAPTER_AND_NO_TESTKIT.check(PRODUCTION);
        ADAPTERS_NEVER_DEPEND_ON_EACH_OTHER.check(PRODUCTION);
    }

    @Test
    void each_module_rule_catches_a_class_that_breaks_it() {
        assertThat(THE_DOMAIN_DEPENDS_ON_JAVA_AND_VAVR_ONLY.evaluate(BROKEN_ON_PURPOSE).getFailureReport()
                .getDetails()).anyMatch(line -> line.contains("LogsInTheDomain"));
        assertThat(THE_APPLICATION_DEPENDS_ON_DOMAIN_VAVR_SLF4J_AND_JAVA_ONLY.evaluate(BROKEN_ON_PURPOSE)
                .getFailureReport().getDetails()).anyMatch(line -> line.contains("UsesAnAdapter"));
        assertThat(THE_APPLICATION_USES_NEITHER_JACKSON_NOR_JDBC.evaluate(BROKEN_ON_PURPOSE).getFailureReport()
                .getDetails()).anyMatch(line -> line.contains("QueriesSql"));
        assertThat(DOMAIN_AND_APPLICATION_KNOW_NO_ADAPTER_AND_NO_TESTKIT.evaluate(BROKEN_ON_PURPOSE)
                .getFailureReport().getDetails()).anyMatch(line -> line.contains("UsesAnAdapter"));
    }

    @Test
    void the_adapter_rule_catches_one_adapter_using_another() {
        List<String> details = ADAPTERS_NEVER_DEPEND_ON_EACH_OTHER.evaluate(BROKEN_ON_PURPOSE).getFailureReport()
                .getDetails();
        assertThat(details).anyMatch(line -> line.contains("LeansOnInMemory"));
        assertThat(details).anyMatch(line -> line.contains("ReadsJdbcDocuments"));
    }
}
