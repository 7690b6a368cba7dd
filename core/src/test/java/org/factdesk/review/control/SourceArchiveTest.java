package org.factdesk.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the archive fetches and what it keeps of it, without the network. */
class SourceArchiveTest {

    @Test
    void addressesOnThisMachineOrAPrivateNetworkAreNotFetched() throws UnknownHostException {
        for (var address : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "::1", "fd00::1", "fe80::1", "224.0.0.1"}) {
            assertFalse(SourceArchive.isPublic(new InetAddress[] {InetAddress.getByName(address)}), address);
        }
        var open = InetAddress.getByAddress(new byte[] {93, (byte) 184, (byte) 216, 34});
        assertTrue(SourceArchive.isPublic(new InetAddress[] {open}));
        assertFalse(SourceArchive.isPublic(new InetAddress[] {open, InetAddress.getByName("10.0.0.1")}),
                "a name that also resolves to a private address is refused");
        assertFalse(SourceArchive.isPublic(new InetAddress[0]));
    }

    @Test
    void anHtmlPageKeepsItsWordsInItsCharsetAndAPdfOnlyItsHash() {
        var page = "<html><head><title>Budget</title><script>track()</script></head><body><p>Stra\u00dfen: 52 Mio.</p></body></html>";
        assertEquals("Budget Stra\u00dfen: 52 Mio.",
                SourceArchive.text(page.getBytes(StandardCharsets.ISO_8859_1), "text/html; charset=ISO-8859-1"));
        assertEquals("Budget Stra\u00dfen: 52 Mio.", SourceArchive.text(page.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("a,b\n1,2", SourceArchive.text("a,b\n1,2".getBytes(StandardCharsets.UTF_8), "text/csv"));
        assertNull(SourceArchive.text(new byte[] {'%', 'P', 'D', 'F'}, "application/pdf"));
    }

    @Test
    void theHashIsTheSha256OfTheBytes() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                SourceArchive.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void privateHostsAreAllowedOnlyWhenTheInstallationSaysTrue() {
        assertFalse(SourceArchive.allowed(null, null));
        assertFalse(SourceArchive.allowed("yes", null));
        assertTrue(SourceArchive.allowed(" true ", null));
        assertTrue(SourceArchive.allowed(null, "TRUE"));
        assertFalse(SourceArchive.allowed("false", "true"), "the property wins over the environment");
    }
}
