package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.ShortText;
import io.vavr.control.Option;

/**
 * A return rule the host applied to a return, one change it made (Sendcloud's {@code rule_modifications}
 * entry, seed 001). The incoming parcel's {@code rules} group these by rule.
 *
 * @param priority the rule's rank, at least 0
 * @param itemId   the returned item the rule applied to; absent when it applied to the whole return
 * @param ruleName     {@code rule_name}
 * @param field        {@code field}: what the rule changed
 * @param value        {@code value}: the new value
 * @param action       {@code action}
 * @param friendlyName {@code friendly_name}
 */
public record RuleModification(
        ShortText ruleName,
        ShortText field,
        ShortText value,
        ShortText action,
        ShortText friendlyName,
        int priority,
        Option<Reference> itemId) {

    /**
     * Checks the components and the rules the class comment states.
     *
     * @param ruleName     {@code rule_name}
     * @param field        {@code field}: what the rule changed
     * @param value        {@code value}: the new value
     * @param action       {@code action}
     * @param friendlyName {@code friendly_name}
     * @param priority     the rule's rank, at least 0
     * @param itemId       the returned item the rule applied to; absent when it applied to the whole return
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or breaks a rule
     */
    public RuleModification {
        Check.start()
                .required("ruleName", ruleName)
                .required("field", field)
                .required("value", value)
                .required("action", action)
                .required("friendlyName", friendlyName)
                .required("itemId", itemId)
                .require(priority >= 0, "priority", "out_of_range", "must be at least 0")
                .orThrow();
    }
}
