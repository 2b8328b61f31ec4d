package dev.rescind.adapters.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The JDBC store stands on plain JDBC and Jackson: no driver, no framework, no other adapter. */
class JdbcArchitectureTest {

    static final ArchRule THE_STORE_USES_PLAIN_JDBC_JACKSON_AND_RESCIND_ONLY = classes()
            .that().resideInAPackage("dev.rescind.adapters.jdbc..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sql..",
                    "com.fasterxml.jackson..", "io.vavr..", "dev.rescind.domain..", "dev.rescind.application..",
                    "dev.rescind.adapters.jdbc..");

    @Test
    void the_store_depends_on_no_driver_no_framework_and_no_other_adapter() {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rescind.adapters.jdbc");

        THE_STORE_USES_PLAIN_JDBC_JACKSON_AND_RESCIND_ONLY.check(production);
        assertThat(production.contain(JdbcRescindStore.class)).isTrue();
    }

    @Test
    void the_rule_catches_a_class_that_leans_on_a_driver_or_a_pool() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(PostgresFixture.class, DatabaseFixture.class);

        assertThat(THE_STORE_USES_PLAIN_JDBC_JACKSON_AND_RESCIND_ONLY.evaluate(fixtures).getFailureReport()
                .getDetails()).anyMatch(line -> line.contains("io.zonky")).anyMatch(line -> line.contains("hikari"));
    }
}
