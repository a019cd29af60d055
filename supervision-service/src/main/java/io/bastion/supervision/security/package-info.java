/** Roles and scope checks: a township operator acts only within its township's code prefix. */
package io.bastion.supervision.security;
