package dev.rescind.domain.violation;

import org.slf4j.LoggerFactory;

/** Breaks the domain's allow-list on purpose. Never run. */
public final class LogsInTheDomain {

    Object logger() {
        return LoggerFactory.getLogger(LogsInTheDomain.class);
    }
}
