package io.bastion.platform.domain;

/** A replacement of an existing record that did not say which version it replaces. */
public class PreconditionMissing extends RuntimeException {

    public PreconditionMissing(String kind, String key) {
        super(kind + " " + key + " exists: replacing it needs If-Match");
    }
}
