package dev.rescind.testkit.domain;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestCommandKind;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.testkit.arbitraries.AggregateModel;
import dev.rescind.testkit.arbitraries.CancellationRequestModel;

class CancellationRequestProperties extends StateMachineProperties<CancellationRequest, CancellationRequestStatus,
        CancellationRequestCommandKind, CancellationRequestModel.Answer> {

    @Override
    AggregateModel<CancellationRequest, CancellationRequestStatus, CancellationRequestCommandKind,
            CancellationRequestModel.Answer> model() {
        return CancellationRequestModel.INSTANCE;
    }
}
