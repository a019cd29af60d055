package io.bastion.supervision;

import io.bastion.devstack.infra.DocumentationContract;

/** supervision-service's bundles, problem pages and events agree with the documentation. */
class DocumentationTest extends DocumentationContract {
}
