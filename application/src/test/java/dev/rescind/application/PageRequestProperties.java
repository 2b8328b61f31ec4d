package dev.rescind.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.InvalidInputException;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Page requests at and around their limits, with and without a cursor. */
class PageRequestProperties {

    @Property
    void a_limit_is_accepted_from_one_to_the_maximum_and_refused_as_out_of_range_elsewhere(
            @ForAll("limits") int limit) {
        boolean inRange = limit >= 1 && limit <= PageRequest.MAX_LIMIT;

        Either<Rejection.InvalidInput, PageRequest> parsed = PageRequest.of(limit, null);

        if (inRange) {
            assertThat(parsed.get()).isEqualTo(new PageRequest(limit, Option.none()))
                    .isEqualTo(PageRequest.first(limit));
            assertThat(parsed.get().after()).isEmpty();
        } else {
            assertThat(parsed.getLeft().errors()).extracting(FieldError::path, FieldError::code)
                    .containsExactly(tuple("limit", "out_of_range"));
            assertThatThrownBy(() -> PageRequest.first(limit)).isInstanceOf(InvalidInputException.class);
            assertThat(PageRequest.of(limit, new Cursor("a").encode()).isLeft()).isTrue();
        }
    }

    @Property
    void a_cursor_a_list_returned_is_kept_with_the_limit(@ForAll("lastIds") String lastId,
            @ForAll("validLimits") int limit) {
        Cursor cursor = new Cursor(lastId);

        PageRequest next = PageRequest.of(limit, cursor.encode()).get();

        assertThat(next).isEqualTo(new PageRequest(limit, Option.some(cursor)))
                .isEqualTo(PageRequest.first(limit).next(cursor));
        assertThat(next.after().get().afterId()).isEqualTo(lastId);
    }

    @Example
    void a_token_no_list_returned_is_an_invalid_cursor() {
        for (String token : new String[] {"", "%%%", "not base64!", "A".repeat(5000)}) {
            assertThat(PageRequest.of(10, token).getLeft().errors()).extracting(FieldError::path, FieldError::code)
                    .as(token).containsExactly(tuple("cursor", "invalid_cursor"));
        }
    }

    @Example
    void the_first_page_has_the_default_limit_and_an_absent_cursor_option_is_refused() {
        assertThat(PageRequest.firstPage()).isEqualTo(PageRequest.first(PageRequest.DEFAULT_LIMIT));
        assertThatThrownBy(() -> new PageRequest(10, null)).isInstanceOf(InvalidInputException.class);
    }

    @Example
    void a_cursor_after_an_id_that_is_not_one_is_refused_naming_the_cursor() {
        assertThatThrownBy(() -> new Cursor(" ")).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.invalidInput().errors()).extracting(FieldError::path)
                        .allMatch(path -> path.startsWith("cursor")));
    }

    @Provide
    Arbitrary<Integer> limits() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-2, 3),
                Arbitraries.integers().between(PageRequest.MAX_LIMIT - 2, PageRequest.MAX_LIMIT + 2),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE), Arbitraries.integers());
    }

    @Provide
    Arbitrary<Integer> validLimits() {
        return Arbitraries.oneOf(Arbitraries.of(1, PageRequest.MAX_LIMIT),
                Arbitraries.integers().between(1, PageRequest.MAX_LIMIT));
    }

    @Provide
    Arbitrary<String> lastIds() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars("-_.:")
                .ofMinLength(1).ofMaxLength(64);
    }
}
