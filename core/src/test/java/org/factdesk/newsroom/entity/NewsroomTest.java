package org.factdesk.newsroom.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.factdesk.shared.boundary.BusinessException;
import org.junit.jupiter.api.Test;

class NewsroomTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    private final Newsroom newsroom = new Newsroom();

    @Test
    void aNewsroomHasANameAndMayHaveAWebAddress() {
        newsroom.rename("  Gazette   Fact Desk ", " https://gazette.example/ ");
        assertEquals("Gazette Fact Desk", newsroom.getName());
        assertEquals("https://gazette.example/", newsroom.getUrl());

        newsroom.rename("Gazette Fact Desk", "  ");
        assertNull(newsroom.getUrl(), "no address of its own: the public pages' address stands in");
    }

    @Test
    void aNameIsRequiredAndBounded() {
        assertEquals("newsroom.nameMissing", assertThrows(BusinessException.class, () -> newsroom.rename(" ", null)).getKey());
        assertEquals("newsroom.nameTooLong", assertThrows(BusinessException.class,
                () -> newsroom.rename("n".repeat(Newsroom.NAME_MAX + 1), null)).getKey());
    }

    @Test
    void theAddressMustBeAWebAddress() {
        for (var notWeb : new String[]{"javascript:alert(1)", "gazette.example", "ftp://gazette.example/", "https://", "http://exa mple.org"}) {
            assertEquals("newsroom.urlNotWeb", assertThrows(BusinessException.class, () -> newsroom.rename("Gazette", notWeb)).getKey(), notWeb);
        }
    }

    @Test
    void theLogoIsAPictureKnownByItsBytes() {
        newsroom.showLogo(PNG);
        assertEquals(LogoImage.PNG, newsroom.getLogoFormat());
        assertArrayEquals(PNG, newsroom.getLogo());

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        assertEquals("newsroom.logoNotAPicture", assertThrows(BusinessException.class, () -> newsroom.showLogo(svg)).getKey());
        assertEquals(LogoImage.PNG, newsroom.getLogoFormat(), "a refused logo leaves the old one");

        newsroom.removeLogo();
        assertNull(newsroom.getLogoFormat());
        assertNull(newsroom.getLogo());
    }

    @Test
    void aLogoIsSmall() {
        var large = new byte[Newsroom.LOGO_MAX_BYTES + 1];
        System.arraycopy(PNG, 0, large, 0, PNG.length);
        assertEquals("newsroom.logoTooLarge", assertThrows(BusinessException.class, () -> newsroom.showLogo(large)).getKey());
        assertEquals("newsroom.logoMissing", assertThrows(BusinessException.class, () -> newsroom.showLogo(new byte[0])).getKey());
    }

    @Test
    void everyFormatIsKnownByItsSignature() {
        assertEquals(LogoImage.JPEG, LogoImage.of(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}).orElseThrow());
        assertEquals(LogoImage.GIF, LogoImage.of("GIF89a".getBytes(StandardCharsets.US_ASCII)).orElseThrow());
        assertEquals(LogoImage.WEBP, LogoImage.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)).orElseThrow());
        assertEquals(true, LogoImage.of("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).isEmpty());
    }
}
