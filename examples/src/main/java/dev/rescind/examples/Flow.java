package dev.rescind.examples;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.application.Applied;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One story of the demo: the commands it sent, what each got back, and the aggregates it touched. */
final class Flow {

    /** A request as it arrived over a seed API, and that API's answer. */
    record Wire(String request, Option<String> body, HttpAnswer answer) {
    }

    /**
     * One command and its answer: from the Java API ({@code answer}), or over a seed API's JSON
     * ({@code wire}), never both.
     */
    record Step(Instant at, Actor actor, String command, Option<Either<Rejection, Applied<?>>> answer,
            Option<Wire> wire) {

        boolean accepted() {
            return answer.map(Either::isRight).getOrElse(() -> wire.get().answer().status() < 400);
        }

        boolean replayed() {
            return answer.exists(outcome -> outcome.exists(Applied::replayed));
        }
    }

    private final String title;
    private final String source;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, AggregateType> aggregates = new LinkedHashMap<>();

    Flow(String title, String source) {
        this.title = title;
        this.source = source;
    }

    String title() {
        return title;
    }

    String source() {
        return source;
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    /** The aggregates this flow touched, by id, in the order it first touched them. */
    Map<String, AggregateType> aggregates() {
        return new LinkedHashMap<>(aggregates);
    }

    /** Records a call of the Java API and remembers the aggregates its answer names. */
    <A extends Aggregate> Either<Rejection, Applied<A>> step(Instant at, Actor actor, String command,
            Either<Rejection, Applied<A>> answer) {
        steps.add(new Step(at, actor, command, Option.some(answer.map(applied -> applied)), Option.none()));
        answer.forEach(applied -> {
            track(applied.aggregate());
            applied.related().forEach(this::track);
        });
        return answer;
    }

    /** Records a request that came over a seed API's JSON. */
    HttpAnswer wire(Instant at, Actor actor, String command, String request, Option<String> body,
            HttpAnswer answer) {
        steps.add(new Step(at, actor, command, Option.none(), Option.some(new Wire(request, body, answer))));
        return answer;
    }

    void track(Aggregate aggregate) {
        aggregates.putIfAbsent(aggregate.id().value(), aggregate.type());
    }
}
