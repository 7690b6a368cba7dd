package org.factdesk.apitoken.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: 256 random bits behind a recognisable prefix. They are stored as a plain SHA-256: unlike a
 * password, a random secret of that length cannot be guessed from its hash, and the lookup must stay fast.
 */
public final class TokenSecrets {

    public static final String PREFIX = "fdk_";
    static final int SHOWN_CHARACTERS = 12;
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    public static String generate() {
        var bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /** What an admin sees of a token after it was issued: enough to recognise it, too little to use it. */
    public static String shownPart(String secret) {
        return secret.substring(0, Math.min(SHOWN_CHARACTERS, secret.length()));
    }

    /** Rejects anything that cannot be one of our tokens before it reaches the database. */
    public static boolean looksValid(String secret) {
        return secret != null && secret.startsWith(PREFIX) && secret.length() == PREFIX.length() + 43
                && secret.substring(PREFIX.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
