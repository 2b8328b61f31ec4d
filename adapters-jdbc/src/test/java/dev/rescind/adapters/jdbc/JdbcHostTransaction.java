package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.HostTransaction;
import java.sql.Connection;
import java.sql.SQLException;

/** A host's own JDBC transaction on a fixture's database, with a store working inside it. */
final class JdbcHostTransaction extends HostTransaction {

    private final Connection connection;
    private final JdbcRescindStore store;

    JdbcHostTransaction(DatabaseFixture database) {
        try {
            this.connection = database.dataSource().getConnection();
            connection.setAutoCommit(false);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not open the host's transaction", failure);
        }
        this.store = JdbcRescindStore.inHostTransaction(() -> connection, database.dialect());
    }

    @Override
    public RescindStore store() {
        return store;
    }

    @Override
    protected void commitWork() {
        try {
            connection.commit();
        } catch (SQLException failure) {
            throw new IllegalStateException("the host's commit failed", failure);
        }
    }

    @Override
    protected void rollbackWork() {
        try {
            connection.rollback();
        } catch (SQLException failure) {
            throw new IllegalStateException("the host's rollback failed", failure);
        }
    }

    @Override
    public void close() {
        try (connection) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not give back the host's connection", failure);
        }
    }
}
