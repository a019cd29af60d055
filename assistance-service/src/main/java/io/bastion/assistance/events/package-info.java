/** Outgoing event records, the outbox writer and relay, incoming consumers and their projections. */
package io.bastion.assistance.events;
