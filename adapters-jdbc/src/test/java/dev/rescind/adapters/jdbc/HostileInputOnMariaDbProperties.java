package dev.rescind.adapters.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;

@AddLifecycleHook(RequiresMariaDb.class)
class HostileInputOnMariaDbProperties extends HostileInputProperties {

    @Override
    DatabaseFixture database() {
        return MariaDbFixture.shared();
    }
}
