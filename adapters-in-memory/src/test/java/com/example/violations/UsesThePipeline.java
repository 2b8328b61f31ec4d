package com.example.violations;

import dev.rescind.application.internal.Pipeline;

/** Breaks a host rule on purpose: reaches into Rescind's internals. */
public final class UsesThePipeline {

    public Pipeline pipeline;
}
