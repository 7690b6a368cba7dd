package org.factdesk.user.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA512 password hashes, stored as {@code pbkdf2-sha512:iterations:salt:hash}.
 * The iteration count travels with the hash, so it can be raised later without locking anyone out.
 */
public final class PasswordHashing {

    public static final int MIN_PASSWORD_LENGTH = 8;
    static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String PREFIX = "pbkdf2-sha512";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashing() {
    }

    public static String hash(String password) {
        var salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        var encoder = Base64.getEncoder();
        return PREFIX + ":" + ITERATIONS + ":" + encoder.encodeToString(salt) + ":"
                + encoder.encodeToString(derive(password, salt, ITERATIONS));
    }

    /**
     * Spends the same time as checking a password against a stored hash, for a login whose account does not exist
     * or may not log in: otherwise the answer's speed would tell which user names are real.
     */
    public static void matchNothing(String password) {
        matches(password == null ? "" : password, Unmatchable.HASH);
    }

    /** A hash of a random password nobody knows, made once, with the iterations new hashes get. */
    private static final class Unmatchable {
        static final String HASH = hash(java.util.UUID.randomUUID().toString());
    }

    public static boolean matches(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        var parts = stored.split(":");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            var iterations = Integer.parseInt(parts[1]);
            var decoder = Base64.getDecoder();
            var expected = decoder.decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, decoder.decode(parts[2]), iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }
}
