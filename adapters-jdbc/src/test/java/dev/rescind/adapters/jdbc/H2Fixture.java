package dev.rescind.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * H2 in memory, one database per JVM; or, for tests that start a JVM of their own, a file database in a
 * temporary directory that the first JVM to open it serves to the others ({@code AUTO_SERVER}).
 */
final class H2Fixture extends DatabaseFixture {

    private static H2Fixture shared;
    private static H2Fixture sharedOnFile;

    private final String name = isolatedName();
    private final Path directory;
    private final String url;
    private final HikariDataSource dataSource;

    private H2Fixture(Path directory) {
        this.directory = directory;
        this.url = directory == null ? "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"
                : "jdbc:h2:file:" + directory.resolve(name) + ";AUTO_SERVER=TRUE;DB_CLOSE_DELAY=-1";
        this.dataSource = pool(url, null, null, poolSize(), null, null);
        migrate(dataSource, Dialect.H2, null);
    }

    static synchronized H2Fixture shared() {
        if (shared == null) {
            shared = new H2Fixture(null);
            System.out.println("H2 tests run on " + shared.version());
        }
        return shared;
    }

    /** A file database that other JVMs may open too, deleted when this JVM ends. */
    static synchronized H2Fixture sharedOnFile() {
        if (sharedOnFile == null) {
            try {
                sharedOnFile = new H2Fixture(Files.createTempDirectory("rescind-h2-"));
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(sharedOnFile::close));
            System.out.println("H2 tests on file run on " + sharedOnFile.version() + " (" + sharedOnFile.url + ")");
        }
        return sharedOnFile;
    }

    @Override
    Dialect dialect() {
        return Dialect.H2;
    }

    @Override
    HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    String jdbcUrl() {
        return url;
    }

    @Override
    String isolatedIn() {
        return name;
    }

    @Override
    Address address() {
        if (directory == null) {
            throw new IllegalStateException("an in-memory H2 database is out of reach of other JVMs; use sharedOnFile()");
        }
        return new Address(Dialect.H2, url, null, null, null, null);
    }

    @Override
    String versionQuery() {
        return "SELECT H2VERSION()";
    }

    @Override
    HikariDataSource emptySchema(String name) {
        return pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null, null, 2, null, null);
    }

    @Override
    String flywaySchema(String name) {
        return null;
    }

    @Override
    void drop(String name) {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:mem:" + name);
                var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (java.sql.SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public void close() {
        dataSource.close();
        if (directory != null) {
            try (var connection = java.sql.DriverManager.getConnection(url);
                    var statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (java.sql.SQLException failure) {
                throw new IllegalStateException(failure);
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
    }
}
