package io.bastion.platform.domain;

/** The thing asked for does not exist (or the caller may not know that it does). */
public class NotFound extends RuntimeException {

    private final String kind;
    private final String key;

    public NotFound(String kind, String key) {
        super(kind + " " + key + " not found");
        this.kind = kind;
        this.key = key;
    }

    /** What was looked for, e.g. {@code village}; names a message in the bundles. */
    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
