package dev.rescind.spring.boot.autoconfigure;

import dev.rescind.application.port.AfterCommit;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link AfterCommit} on Spring's transaction synchronization: inside a Spring transaction the action runs once
 * it has committed, and never after a rollback; with no synchronization active, Rescind's own commit was the one
 * that counts, so the action runs at once.
 */
public final class SpringAfterCommit implements AfterCommit {

    @Override
    public void register(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
