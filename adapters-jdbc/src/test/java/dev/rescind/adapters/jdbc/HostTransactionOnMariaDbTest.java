package dev.rescind.adapters.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RequiresMariaDb.class)
class HostTransactionOnMariaDbTest extends HostTransactionTest {

    @Override
    DatabaseFixture database() {
        return MariaDbFixture.shared();
    }
}
