package com.example.deadlines;

import dev.rescind.application.AnswerTimes;
import dev.rescind.application.Rescind;
import dev.rescind.application.outbox.DeadlineRunner;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.shared.AggregateType;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Answer times for cancellation requests, and a deadline runner on the host's scheduler. */
public final class YourDeadlines {

    private YourDeadlines() {
    }

    public static Rescind withDeadlines(RescindStore store, ScheduledExecutorService scheduler) {
        Rescind rescind = Rescind.builder()
                .store(store)
                .answerTimes(AnswerTimes.none()
                        .forTargets(AggregateType.FULFILLMENT_ORDER, Duration.ofHours(48))
                        .forTargets(AggregateType.RETURN, Duration.ofDays(3))
                        .forResponder("postnl", Duration.ofDays(5)))
                .build();
        DeadlineRunner deadlines = rescind.deadlineRunner("deadlines-1");
        scheduler.scheduleWithFixedDelay(() -> deadlines.drain(10), 0, 5, TimeUnit.SECONDS);
        return rescind;
    }
}
