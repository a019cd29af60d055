package io.bastion.platform.domain;

/** A write based on a version of the record that is no longer the current one. */
public class StaleVersion extends RuntimeException {

    private final String kind;
    private final String key;
    private final int currentVersion;

    public StaleVersion(String kind, String key, int currentVersion) {
        super(kind + " " + key + " is at version " + currentVersion);
        this.kind = kind;
        this.key = key;
        this.currentVersion = currentVersion;
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
