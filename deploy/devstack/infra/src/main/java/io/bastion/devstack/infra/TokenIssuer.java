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
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setClaim("groups", List.of(role));
        claims.setClaim("division", division);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toMinutes());
        claims.setJwtId(UUID.randomUUID().toString());
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
