package io.bastion.village;

import io.bastion.devstack.infra.DocumentationContract;

/** village-service's bundles, problem pages and events agree with the documentation. */
class DocumentationTest extends DocumentationContract {
}
