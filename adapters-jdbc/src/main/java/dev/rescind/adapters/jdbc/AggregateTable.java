package dev.rescind.adapters.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.application.Cursor;
import dev.rescind.application.PageRequest;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One aggregate type's table: its queried fields as columns ({@code tenant_id}, {@code id}, {@code version},
 * its status and whatever else is searched), everything else as a JSON document. Subclasses write the
 * insert and update and map the columns back into the document; every statement is scoped by tenant.
 */
abstract class AggregateTable<A extends Aggregate> {

    private static final String FIND = """
            SELECT %s FROM %s WHERE tenant_id = ? AND id = ?""";

    private static final String FIND_ALL = """
            SELECT %s FROM %s WHERE tenant_id = ? AND id IN (%s)""";

    // Valid ids are never empty, so the first page starts after "".
    private static final String LIST = """
            SELECT %s FROM %s WHERE tenant_id = ? AND status = ? AND id > ? ORDER BY id %s""";

    private static final String VERSION = """
            SELECT version FROM %s WHERE tenant_id = ? AND id = ?""";

    protected final Dialect dialect;
    protected final DocumentCodec codec;
    private final Class<A> type;
    private final String table;
    private final String find;
    private final String list;
    private final String version;
    private final String selected;

    /**
     * @param selected the columns a row mapper reads, {@code document} among them
     */
    AggregateTable(Dialect dialect, DocumentCodec codec, Class<A> type, String table, String selected) {
        this.dialect = dialect;
        this.codec = codec;
        this.type = type;
        this.table = table;
        this.selected = selected;
        this.find = FIND.formatted(selected, table);
        this.list = LIST.formatted(selected, table, dialect.limit());
        this.version = VERSION.formatted(table);
    }

    Class<A> type() {
        return type;
    }

    /**
     * Stores a new aggregate with its {@link #document}; a unique violation means the id is taken (or, for a
     * request, the target).
     */
    abstract void insert(Connection connection, A aggregate, String document) throws SQLException;

    /** Stores the aggregate and its {@link #document} if the row is still at {@code expected}; whether it was. */
    boolean update(Connection connection, A aggregate, Version expected, String document) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(updateSql())) {
            bindUpdate(statement, aggregate, expected, document);
            return statement.executeUpdate() == 1;
        }
    }

    /** The version-guarded update; it changes no unique key but the row's version. */
    abstract String updateSql();

    /** Binds {@link #updateSql()}'s parameters: the new row, and the version it must still be at. */
    abstract void bindUpdate(PreparedStatement statement, A aggregate, Version expected, String document)
            throws SQLException;

    /** The JSON document of {@code aggregate}, without the fields kept in columns. */
    String document(A aggregate) {
        return codec.writeRecord((Record) aggregate, columnFields());
    }

    /** Puts the column values of the current row back into the document the columns were taken from. */
    abstract void restoreColumns(ResultSet row, ObjectNode document) throws SQLException;

    /** The record components that are kept in columns, not in the document. */
    abstract List<String> columnFields();

    Option<A> find(Connection connection, TenantId tenant, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(find)) {
            statement.setString(1, tenant.value());
            statement.setString(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Option.some(read(rows)) : Option.none();
            }
        }
    }

    List<A> findAll(Connection connection, TenantId tenant, Collection<String> ids) throws SQLException {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        List<A> found = new ArrayList<>();
        int size = dialect.inListSize();
        PreparedStatement full = null;
        try {
            for (int start = 0; start < distinct.size(); start += size) {
                List<String> chunk = distinct.subList(start, Math.min(distinct.size(), start + size));
                if (chunk.size() == size) {
                    if (full == null) {
                        full = connection.prepareStatement(findAll(size));
                    }
                    findChunk(full, tenant, chunk, found);
                } else {
                    try (PreparedStatement last = connection.prepareStatement(findAll(chunk.size()))) {
                        findChunk(last, tenant, chunk, found);
                    }
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
        return found;
    }

    private String findAll(int ids) {
        return FIND_ALL.formatted(selected, table, String.join(", ", Collections.nCopies(ids, "?")));
    }

    private void findChunk(PreparedStatement statement, TenantId tenant, List<String> chunk, List<A> found)
            throws SQLException {
        statement.setString(1, tenant.value());
        for (int index = 0; index < chunk.size(); index++) {
            statement.setString(index + 2, chunk.get(index));
        }
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(read(rows));
            }
        }
    }

    List<A> list(Connection connection, TenantId tenant, String status, PageRequest page) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(list)) {
            statement.setString(1, tenant.value());
            statement.setString(2, status);
            statement.setString(3, page.after().map(Cursor::afterId).getOrElse(""));
            statement.setInt(4, page.limit());
            List<A> items = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(read(rows));
                }
            }
            return items;
        }
    }

    /** The stored version, {@link Version#NONE} when there is no such aggregate. */
    Version versionOf(Connection connection, TenantId tenant, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(version)) {
            statement.setString(1, tenant.value());
            statement.setString(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? new Version(rows.getLong(1)) : Version.NONE;
            }
        }
    }

    /** The row mapper: the document with the columns put back, decoded through the aggregate's constructor. */
    A read(ResultSet row) throws SQLException {
        ObjectNode document = codec.readObject(row.getString("document"), table);
        document.put("tenant", row.getString("tenant_id"));
        document.put("id", row.getString("id"));
        document.put("version", row.getLong("version"));
        restoreColumns(row, document);
        return type.cast(codec.decodeRecord(document, type.asSubclass(Record.class)));
    }
}
