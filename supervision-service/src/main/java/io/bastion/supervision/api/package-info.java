/** REST resources, request and response records, and exception mappers: thin, no rules here. */
package io.bastion.supervision.api;
