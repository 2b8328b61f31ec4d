package dev.rescind.adapters.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RequiresMariaDb.class)
class CustomTablesOnMariaDbTest extends CustomTablesTest {

    @Override
    DatabaseFixture database() {
        return MariaDbFixture.shared();
    }
}
