package dev.rescind.adapters.jdbc;

class HaltAfterCommitOnH2Test extends HaltAfterCommitTest {

    @Override
    DatabaseFixture database() {
        return H2Fixture.sharedOnFile();
    }
}
