package com.example.testing;

import dev.rescind.application.internal.Pipeline;

/** Main code that holds the pipeline itself instead of a use case: what the testkit's rules forbid. */
public final class PipelineShortcut {

    private final Pipeline pipeline;

    public PipelineShortcut(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Pipeline pipeline() {
        return pipeline;
    }
}
