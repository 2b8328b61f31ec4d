package dev.rescind.testkit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.rescind.domain.fulfillment.FulfillmentLineItem;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.fulfillment.Origin;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.InvalidInputException;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.testkit.arbitraries.CancellationRequestModel;
import dev.rescind.testkit.arbitraries.FulfillmentOrderModel;
import dev.rescind.testkit.arbitraries.ReturnModel;
import dev.rescind.testkit.arbitraries.ShipmentModel;
import dev.rescind.testkit.arbitraries.Values;
import dev.rescind.testkit.arbitraries.Walks;
import io.vavr.control.Option;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bad values given straight to the domain's canonical constructors, which bypass the {@code of(…)}
 * factories: every record whose constructor validates answers a missing part with an
 * {@link InvalidInputException} naming the field, never with another exception and never by building the
 * value; so do orders and returns given a missing or duplicate line or item. The valid values to spoil are
 * taken apart from generated aggregates and creation details.
 */
class RecordConstructorProperties {

    /** Records whose canonical constructor runs the domain's checks, found from their byte code. */
    private static final Set<Class<?>> VALIDATING = validatingRecords();

    @Provide
    Arbitrary<Object> domainValues() {
        return Arbitraries.oneOf(
                Walks.anyReachable(ShipmentModel.INSTANCE).map(reached -> (Object) reached.aggregate()),
                Walks.anyReachable(ReturnModel.INSTANCE).map(reached -> (Object) reached.aggregate()),
                Walks.anyReachable(FulfillmentOrderModel.INSTANCE).map(reached -> (Object) reached.aggregate()),
                Walks.anyReachable(CancellationRequestModel.INSTANCE).map(reached -> (Object) reached.aggregate()),
                ShipmentModel.INSTANCE.details().map(details -> (Object) details),
                ReturnModel.INSTANCE.details().map(details -> (Object) details),
                FulfillmentOrderModel.INSTANCE.details(Values.EPOCH).map(details -> (Object) details));
    }

    @Example
    void the_records_found_to_validate_include_those_known_to() {
        assertThat(VALIDATING).contains(FulfillmentOrder.class, NewFulfillmentOrder.class, Return.class,
                NewReturn.class, FulfillmentLineItem.class, Origin.class, TenantId.class).hasSizeGreaterThan(25);
    }

    @Property(tries = 60)
    void a_missing_part_given_to_a_constructor_is_a_field_error_naming_it(@ForAll("domainValues") Object value) {
        for (Record record : recordsIn(value)) {
            if (!VALIDATING.contains(record.getClass())) {
                continue;
            }
            RecordComponent[] components = record.getClass().getRecordComponents();
            for (int index = 0; index < components.length; index++) {
                if (components[index].getType().isPrimitive()) {
                    continue;
                }
                Object[] arguments = componentsOf(record);
                arguments[index] = null;
                String name = components[index].getName();
                assertRefused(record, arguments, components.length == 1 ? "" : name);
            }
        }
    }

    @Property(tries = 60)
    void a_line_or_item_missing_or_given_twice_to_a_constructor_is_a_field_error_at_its_index(
            @ForAll("domainValues") Object value, @ForAll boolean missingFirst) {
        for (Record record : recordsIn(value)) {
            String list = record instanceof FulfillmentOrder || record instanceof NewFulfillmentOrder ? "lineItems"
                    : record instanceof Return || record instanceof NewReturn ? "items" : null;
            if (list == null) {
                continue;
            }
            RecordComponent[] components = record.getClass().getRecordComponents();
            int at = Arrays.stream(components).map(RecordComponent::getName).toList().indexOf(list);
            List<?> original = (List<?>) componentsOf(record)[at];
            if (original.isEmpty()) {
                continue;
            }
            Object[] withNull = componentsOf(record);
            List<Object> missing = new ArrayList<>(original);
            int gap = missingFirst ? 0 : original.size();
            missing.add(gap, null);
            withNull[at] = missing;
            assertRefused(record, withNull, list + "[" + gap + "]");

            Object[] withDuplicate = componentsOf(record);
            List<Object> doubled = new ArrayList<>(original);
            doubled.add(original.get(0));
            withDuplicate[at] = doubled;
            assertRefused(record, withDuplicate, list + "[" + original.size() + "].id");
        }
    }

    private static void assertRefused(Record record, Object[] arguments, String path) {
        String context = record.getClass().getSimpleName() + " with " + path + " spoiled";
        Throwable thrown = catchThrowable(() -> construct(record.getClass(), arguments));
        assertThat(thrown).as("%s: built, or failed untyped", context).isInstanceOf(InvalidInputException.class);
        List<String> paths = ((InvalidInputException) thrown).invalidInput().errors().stream().map(FieldError::path)
                .toList();
        assertThat(paths).as(context).contains(path);
    }

    private static Object construct(Class<?> type, Object[] arguments) throws Throwable {
        Class<?>[] parameterTypes = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
        canonical.setAccessible(true);
        try {
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }

    private static Object[] componentsOf(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int index = 0; index < components.length; index++) {
            try {
                var accessor = components[index].getAccessor();
                accessor.setAccessible(true);
                values[index] = accessor.invoke(record);
            } catch (ReflectiveOperationException failure) {
                throw new IllegalStateException(failure);
            }
        }
        return values;
    }

    /** Every domain record in the value's graph: its components, options, lists and map values. */
    private static List<Record> recordsIn(Object root) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Record> found = new ArrayList<>();
        List<Object> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Object next = pending.remove(pending.size() - 1);
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof Record record && next.getClass().getName().startsWith("dev.rescind.domain.")) {
                found.add(record);
                pending.addAll(Arrays.asList(componentsOf(record)));
            } else if (next instanceof Option<?> option) {
                option.forEach(pending::add);
            } else if (next instanceof Iterable<?> elements) {
                elements.forEach(pending::add);
            } else if (next instanceof Map<?, ?> map) {
                pending.addAll(map.values());
            }
        }
        return found;
    }

    private static Set<Class<?>> validatingRecords() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rescind.domain");
        return classes.stream().filter(JavaClass::isRecord).filter(RecordConstructorProperties::validates)
                .map(JavaClass::reflect).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean validates(JavaClass record) {
        List<String> components = Arrays.stream(record.reflect().getRecordComponents())
                .map(component -> component.getType().getName()).toList();
        return record.getConstructors().stream()
                .filter(constructor -> constructor.getRawParameterTypes().stream().map(JavaClass::getName).toList()
                        .equals(components))
                .map(JavaConstructor::getMethodCallsFromSelf).flatMap(Set::stream)
                .anyMatch(call -> call.getName().equals("orThrow")
                        && call.getTargetOwner().getPackageName().equals("dev.rescind.domain.shared"));
    }
}
