package dev.rescind.adapters.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RequiresMariaDb.class)
class HaltAfterCommitOnMariaDbTest extends HaltAfterCommitTest {

    @Override
    DatabaseFixture database() {
        return MariaDbFixture.shared();
    }
}
