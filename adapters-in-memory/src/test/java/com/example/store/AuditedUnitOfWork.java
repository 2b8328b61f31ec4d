package com.example.store;

import dev.rescind.application.port.Commit;
import dev.rescind.application.port.CommitConflict;
import dev.rescind.application.port.UnitOfWork;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

/** A host's own unit of work that wraps another: a store may commit, so the host rules allow it. */
public final class AuditedUnitOfWork implements UnitOfWork {

    private final UnitOfWork inner;
    private final List<Integer> writesCommitted = new ArrayList<>();

    public AuditedUnitOfWork(UnitOfWork inner) {
        this.inner = inner;
    }

    @Override
    public Either<CommitConflict, Committed> commit(Commit commit) {
        Either<CommitConflict, Committed> result = inner.commit(commit);
        result.forEach(committed -> writesCommitted.add(committed.writes()));
        return result;
    }
}
