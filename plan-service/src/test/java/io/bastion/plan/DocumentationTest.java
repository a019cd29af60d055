package io.bastion.plan;

import io.bastion.devstack.infra.DocumentationContract;

/** plan-service's bundles, problem pages and events agree with the documentation. */
class DocumentationTest extends DocumentationContract {
}
