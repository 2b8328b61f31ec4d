package dev.rescind.testkit.domain;

import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnCommand;
import dev.rescind.domain.returns.ReturnCommandKind;
import dev.rescind.testkit.arbitraries.AggregateModel;
import dev.rescind.testkit.arbitraries.ReturnModel;

class ReturnProperties extends StateMachineProperties<Return, ParcelStatus, ReturnCommandKind, ReturnCommand> {

    @Override
    AggregateModel<Return, ParcelStatus, ReturnCommandKind, ReturnCommand> model() {
        return ReturnModel.INSTANCE;
    }
}
