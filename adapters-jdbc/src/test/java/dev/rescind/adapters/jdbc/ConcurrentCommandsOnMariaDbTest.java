package dev.rescind.adapters.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RequiresMariaDb.class)
class ConcurrentCommandsOnMariaDbTest extends ConcurrentCommandsTest {

    @Override
    DatabaseFixture database() {
        return MariaDbFixture.shared();
    }
}
