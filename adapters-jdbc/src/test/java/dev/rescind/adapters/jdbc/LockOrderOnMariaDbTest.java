package dev.rescind.adapters.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RequiresMariaDb.class)
class LockOrderOnMariaDbTest extends LockOrderTest {

    @Override
    DatabaseFixture database() {
        return MariaDbFixture.shared();
    }
}
