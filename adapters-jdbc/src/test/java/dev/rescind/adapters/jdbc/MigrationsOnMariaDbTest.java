package dev.rescind.adapters.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RequiresMariaDb.class)
class MigrationsOnMariaDbTest extends MigrationsTest {

    @Override
    DatabaseFixture database() {
        return MariaDbFixture.shared();
    }
}
