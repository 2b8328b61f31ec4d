package dev.rescind.adapters.jdbc;

import io.vavr.control.Option;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the JDBC store finds its tables: an optional schema (a MariaDB database) and the prefix every table and
 * index name starts with, {@value #DEFAULT_PREFIX} unless the host chooses another.
 *
 * <p>The shipped migrations name every table and index {@code ${rescind_prefix}<name>}, a Flyway placeholder;
 * run them with {@link #flywayPlaceholders()} and, for a schema, with Flyway's {@code schemas} set to
 * {@link #schema()}, so that Flyway creates the schema and runs the scripts in it:
 *
 * <pre>{@code
 * JdbcTables tables = JdbcTables.DEFAULT.withPrefix("acme_rescind_").inSchema("commerce");
 * Flyway.configure().dataSource(dataSource)
 *         .locations(dialect.migrationLocation())
 *         .schemas(tables.schema().get())
 *         .table("acme_rescind_schema_history")
 *         .placeholders(tables.flywayPlaceholders())
 *         .load().migrate();
 * JdbcRescindStore store = JdbcRescindStore.of(dataSource, dialect, tables);
 * }</pre>
 *
 * <p>The store then names every table {@code <schema>.<prefix><name>}, the schema quoted as Flyway creates it,
 * so its connections may have any schema as their default. Without a schema it names tables unqualified, in
 * the connections' default schema. Both names are validated: lower-case ASCII letters, digits and
 * underscores, starting with a letter, so they are the same identifier on every database and nothing else
 * can reach the SQL.
 *
 * @param schema the schema (on MariaDB: the database) the tables are in; none for the connections' default
 * @param prefix what every table and index name starts with
 */
public record JdbcTables(Option<String> schema, String prefix) {

    // Before DEFAULT, which the constructor validates with them. Index names are the prefix and up to 34
    // characters; PostgreSQL allows 63, MariaDB 64.
    private static final int MAX_PREFIX_LENGTH = 24;
    private static final int MAX_SCHEMA_LENGTH = 63;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern TABLE_REFERENCE = Pattern.compile("\\{([a-z_]+)}");

    /** The prefix of the tables when the host chooses none. */
    public static final String DEFAULT_PREFIX = "rescind_";

    /** The name of the Flyway placeholder the migrations put in front of every table and index name. */
    public static final String PREFIX_PLACEHOLDER = "rescind_prefix";

    /** Tables named {@code rescind_…} in the connections' default schema. */
    public static final JdbcTables DEFAULT = new JdbcTables(Option.none(), DEFAULT_PREFIX);

    /**
     * @param schema the schema (on MariaDB: the database) the tables are in; none for the connections' default
     * @param prefix what every table and index name starts with
     * @throws IllegalArgumentException unless the prefix has 1 to 24 and the schema 1 to 63 lower-case letters,
     *                                  digits or underscores, starting with a letter
     */
    public JdbcTables {
        Objects.requireNonNull(schema, "schema");
        schema.forEach(name -> requireName(name, MAX_SCHEMA_LENGTH, "schema"));
        requireName(prefix, MAX_PREFIX_LENGTH, "table prefix");
    }

    /**
     * These tables, with every name starting with {@code prefix} instead.
     *
     * @param prefix the new prefix
     * @return the tables with that prefix
     */
    public JdbcTables withPrefix(String prefix) {
        return new JdbcTables(schema, prefix);
    }

    /**
     * These tables, in {@code schema} (on MariaDB: the database of that name).
     *
     * @param schema the schema's name
     * @return the tables in that schema
     */
    public JdbcTables inSchema(String schema) {
        return new JdbcTables(Option.some(schema), prefix);
    }

    /**
     * The placeholders the migrations need, for Flyway's {@code placeholders(…)}: {@code rescind_prefix}.
     *
     * @return {@code rescind_prefix} mapped to the prefix
     */
    public Map<String, String> flywayPlaceholders() {
        return Map.of(PREFIX_PLACEHOLDER, prefix);
    }

    /**
     * {@code script}, a migration of Rescind's, with its placeholders filled in as Flyway would fill them with
     * {@link #flywayPlaceholders()}: for running the migrations with a tool other than Flyway.
     *
     * @param script the text of a migration
     * @return the text to run
     */
    public String fillPlaceholders(String script) {
        return script.replace("${" + PREFIX_PLACEHOLDER + "}", prefix);
    }

    /** The name of the table {@code name} as statements write it: schema-qualified where there is a schema. */
    String table(String name, Dialect dialect) {
        return schema.map(dialect::quote).map(quoted -> quoted + "." + prefix + name).getOrElse(prefix + name);
    }

    /**
     * {@code template} with every {@code {name}} replaced by the {@linkplain #table table} of that name, so that
     * statements read {@code INSERT INTO {events} …}.
     */
    String sql(String template, Dialect dialect) {
        return TABLE_REFERENCE.matcher(template).replaceAll(reference -> table(reference.group(1), dialect));
    }

    /** The name of the index {@code name}, as the migrations create it and a driver's message names it. */
    String index(String name) {
        return prefix + name;
    }

    private static void requireName(String name, int maxLength, String what) {
        Objects.requireNonNull(name, what);
        if (name.length() > maxLength || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a " + what + " has 1 to " + maxLength
                    + " lower-case letters, digits or underscores, starting with a letter: " + name);
        }
    }
}
