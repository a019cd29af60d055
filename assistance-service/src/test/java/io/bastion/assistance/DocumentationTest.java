package io.bastion.assistance;

import io.bastion.devstack.infra.DocumentationContract;

/** assistance-service's bundles, problem pages and events agree with the documentation. */
class DocumentationTest extends DocumentationContract {
}
