package com.example.violations;

import dev.rescind.application.port.RescindStore;

/** Breaks a host rule on purpose: writes past the use cases. Never run. */
public final class CommitsDirectly {

    public Object commit(RescindStore store) {
        return store.unitOfWork().commit(null);
    }
}
