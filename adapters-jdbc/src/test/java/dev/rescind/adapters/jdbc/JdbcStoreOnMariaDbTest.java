package dev.rescind.adapters.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RequiresMariaDb.class)
@AddLifecycleHook(RequiresMariaDb.class)
class JdbcStoreOnMariaDbTest extends JdbcStoreTest {

    @Override
    DatabaseFixture database() {
        return MariaDbFixture.shared();
    }
}
