package io.bastion.assistance.api;

import io.bastion.devstack.infra.AccessWorld;
import io.bastion.devstack.infra.BadInputSuite;
import io.bastion.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of assistance-service with one thing wrong at a time (see {@link BadInputSuite}), in the
 * world of the authorization matrix, which it follows.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class BadInputTest extends BadInputSuite {

    BadInputTest() {
        super("assistance-service");
    }

    @Override
    protected AccessWorld build() {
        return new AccessMatrixTest().build();
    }
}
