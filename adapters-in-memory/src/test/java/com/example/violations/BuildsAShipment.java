package com.example.violations;

import dev.rescind.domain.shipment.Shipment;

/** Breaks a host rule on purpose: makes an aggregate without a decision. Never run. */
public final class BuildsAShipment {

    public Shipment build() {
        return new Shipment(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}
