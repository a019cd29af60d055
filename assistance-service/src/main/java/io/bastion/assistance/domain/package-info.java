/** Entities, repositories and the rules of the domain (state machines, validators); no HTTP here. */
package io.bastion.assistance.domain;
