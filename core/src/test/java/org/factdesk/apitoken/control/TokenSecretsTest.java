package org.factdesk.apitoken.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Secrets are unguessable, recognisable, and stored only as a hash that does not reveal them. */
class TokenSecretsTest {

    @Test
    void eachSecretIsNewAndLooksLikeAFactdeskToken() {
        var one = TokenSecrets.generate();
        var two = TokenSecrets.generate();
        assertNotEquals(one, two);
        assertTrue(one.startsWith("fdk_"));
        assertTrue(TokenSecrets.looksValid(one), one);
    }

    @Test
    void theHashIsStableAndIsNotTheSecret() {
        var secret = TokenSecrets.generate();
        assertEquals(TokenSecrets.hash(secret), TokenSecrets.hash(secret));
        assertEquals(64, TokenSecrets.hash(secret).length());
        assertFalse(TokenSecrets.hash(secret).contains(secret.substring(4, 12)));
    }

    @Test
    void anAdminSeesOnlyTheBeginning() {
        var secret = TokenSecrets.generate();
        assertEquals(secret.substring(0, 12), TokenSecrets.shownPart(secret));
    }

    @Test
    void anythingElseIsRejectedBeforeALookup() {
        assertFalse(TokenSecrets.looksValid(null));
        assertFalse(TokenSecrets.looksValid("fdk_short"));
        assertFalse(TokenSecrets.looksValid("jane:factdesk"));
        assertFalse(TokenSecrets.looksValid("fdk_" + "a".repeat(42) + "'"));
    }
}
