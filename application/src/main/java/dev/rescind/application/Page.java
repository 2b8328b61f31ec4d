package dev.rescind.application;

import dev.rescind.domain.shared.Check;
import io.vavr.control.Option;
import java.util.List;

/**
 * One page of a keyset-paginated list; {@code next} is the cursor of the following page, if there is one.
 *
 * @param <T>   the items' type
 * @param items the items, in id order
 * @param next  the cursor of the following page, if there is one
 */
public record Page<T>(List<T> items, Option<Cursor> next) {

    /**
     * Checks the components and copies the items.
     *
     * @param items the items, in id order
     * @param next  the cursor of the following page, if there is one
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public Page {
        Check.start().required("items", items).required("next", next).orThrow();
        items = List.copyOf(items);
    }
}
