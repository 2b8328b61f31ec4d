package dev.rescind.adapters.json;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.rescind.adapters.json",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class JsonAdapterArchitectureTest {

    @ArchTest
    static final ArchRule the_json_adapter_depends_only_on_the_jdk_vavr_jackson_and_rescinds_inner_rings = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "com.fasterxml.jackson..",
                    "dev.rescind.domain..", "dev.rescind.application", "dev.rescind.adapters.json..");

    @ArchTest
    static final ArchRule polymorphic_typing_is_never_enabled = noClasses()
            .should().callMethodWhere(target(nameMatching("(activate|enable)DefaultTyping.*")))
            .orShould().dependOnClassesThat().belongToAnyOf(JsonTypeInfo.class, JsonSubTypes.class);

    @ArchTest
    static final ArchRule only_the_strict_reader_creates_a_jackson_mapper = noClasses()
            .that().doNotHaveFullyQualifiedName("dev.rescind.adapters.json.internal.StrictJson")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind.json",
                    "com.fasterxml.jackson.databind.cfg")
            .orShould().callConstructor(ObjectMapper.class);
}
