package io.bastion.platform.api;

import org.eclipse.microprofile.config.ConfigProvider;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The key cursors are signed with ({@code bastion.paging.cursor-key}): every replica of a service
 * must have the same, so that a page's cursor works on whichever replica serves the next page.
 */
final class CursorKey {

    /** Sixteen bytes of HMAC-SHA256: forging one is out of reach, and a cursor stays short. */
    private static final int SIGNATURE_BYTES = 16;
    private static volatile SecretKeySpec key;

    private CursorKey() {
    }

    static byte[] sign(byte[] text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return Arrays.copyOf(mac.doFinal(text), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static SecretKeySpec key() {
        if (key == null) {
            String secret = ConfigProvider.getConfig().getValue("bastion.paging.cursor-key", String.class);
            key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        }
        return key;
    }
}
