package io.bastion.devstack.infra;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Stands in for the county's identity provider where there is none: the local stack and the tests.
 * It keeps an RSA key pair, hands the services the public key, and signs bearer tokens with the
 * claims Bastion reads: {@code groups} (the role) and {@code division} (a division code prefix).
 */
public final class TokenIssuer {

    public static final String ISSUER = "https://bastion.example/devstack";
    private static final String PUBLIC_KEY_FILE = "public.pem";
    private static final String PRIVATE_KEY_FILE = "private.pem";

    private final KeyPair keys;
    private final Path publicKeyFile;

    private TokenIssuer(KeyPair keys, Path publicKeyFile) {
        this.keys = keys;
        this.publicKeyFile = publicKeyFile;
    }

    /** The key pair kept in {@code directory}, made on first use, so tokens survive restarts. */
    public static TokenIssuer keptIn(Path directory) {
        try {
            Files.createDirectories(directory);
            Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
            Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
            if (Files.exists(publicFile) && Files.exists(privateFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile)));
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile)));
                return new TokenIssuer(new KeyPair(publicKey, privateKey), publicFile);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            writePem(privateFile, "PRIVATE KEY", keys.getPrivate().getEncoded());
            writePem(publicFile, "PUBLIC KEY", keys.getPublic().getEncoded());
            return new TokenIssuer(keys, publicFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep signing keys in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not make or read RSA keys in " + directory, e);
        }
    }

    /** The PEM file services verify tokens with ({@code mp.jwt.verify.publickey.location}). */
    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** A signed token for {@code subject} acting as {@code role} within {@code division}. */
    public String token(String subject, String role, String division, Duration lifetime) {
        return signed(claims(subject, role, division, lifetime, ISSUER));
    }

    /**
     * Tokens a service must refuse, by what is wrong with them: for the tests that prove every
     * operation does. Each otherwise names a county admin of {@code division}.
     */
    public String broken(Flaw flaw, String subject, String division) {
        return switch (flaw) {
            case EXPIRED -> signed(claims(subject, "county-admin", division, Duration.ofMinutes(-5), ISSUER));
            case OTHER_ISSUER -> signed(claims(subject, "county-admin", division, Duration.ofHours(1), "https://elsewhere.example/idp"));
            case FOREIGN_KEY -> TokenIssuer.keptIn(foreignKeys()).token(subject, "county-admin", division, Duration.ofHours(1));
            case UNSIGNED -> unsigned(claims(subject, "county-admin", division, Duration.ofHours(1), ISSUER));
            case NO_DIVISION -> signed(claims(subject, "county-admin", null, Duration.ofHours(1), ISSUER));
            case MALFORMED_DIVISION -> signed(claims(subject, "county-admin", division + "0", Duration.ofHours(1), ISSUER));
            case DIVISION_OF_ANOTHER_LEVEL -> signed(claims(subject, "county-admin", division + "203", Duration.ofHours(1), ISSUER));
        };
    }

    /** What can be wrong with a token: the first four make it no token at all (401), the rest leave it without a scope (403). */
    public enum Flaw {
        EXPIRED, OTHER_ISSUER, FOREIGN_KEY, UNSIGNED, NO_DIVISION, MALFORMED_DIVISION, DIVISION_OF_ANOTHER_LEVEL;

        public boolean unauthenticated() {
            return ordinal() <= UNSIGNED.ordinal();
        }
    }

    private Path foreignKeys() {
        return publicKeyFile.resolveSibling("foreign");
    }

    private static JwtClaims claims(String subject, String role, String division, Duration lifetime, String issuer) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setClaim("groups", List.of(role));
        if (division != null) {
            claims.setClaim("division", division);
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toSeconds() / 60f);
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    /** The same claims under {@code alg: none}, which no verifier may accept. */
    private static String unsigned(JwtClaims claims) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private String signed(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }

    private static void writePem(Path file, String label, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n");
    }

    private static byte[] readPem(Path file) throws IOException {
        String text = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }
}
