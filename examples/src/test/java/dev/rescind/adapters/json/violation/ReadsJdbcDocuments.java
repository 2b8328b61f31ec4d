package dev.rescind.adapters.json.violation;

import dev.rescind.adapters.jdbc.JdbcRescindStore;

/** Breaks the adapters' independence on purpose: the JSON adapter reaches into the JDBC one. Never run. */
public final class ReadsJdbcDocuments {

    JdbcRescindStore store;
}
