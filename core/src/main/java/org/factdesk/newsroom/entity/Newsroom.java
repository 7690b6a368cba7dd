package org.factdesk.newsroom.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.entity.BaseEntity;

/**
 * The newsroom behind the desk, as readers and search engines meet it: its name heads the public pages and signs
 * every ClaimReview, its address is where the ClaimReview author points, its logo stands beside the name. There is
 * one per installation, created with the schema.
 */
@Entity
@Table(name = "newsroom")
@NamedQuery(name = "Newsroom.getTheOne", query = "select n from Newsroom n order by n.id")
@NamedQuery(name = "Newsroom.profile", query = "select new org.factdesk.newsroom.boundary.NewsroomProfile(n.name, n.url,"
        + " n.logoFormat, n.version) from Newsroom n order by n.id")
public class Newsroom extends BaseEntity {

    public static final int NAME_MAX = 120;
    public static final int URL_MAX = 500;
    /** Enough for a crisp logo in the header and in search results; a larger file is a photo, not a logo. */
    public static final int LOGO_MAX_BYTES = 256 * 1024;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = URL_MAX)
    private String url;

    @Column(name = "logo")
    private byte[] logo;

    @Enumerated(EnumType.STRING)
    @Column(name = "logo_format", length = 10)
    private LogoImage logoFormat;

    protected Newsroom() {
    }

    /**
     * @param name how the newsroom signs its fact-checks, at most {@value #NAME_MAX} characters
     * @param url  its own web address (http or https), or blank when the public pages' address is its address
     */
    public void rename(String name, String url) {
        var newName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (newName.isEmpty()) {
            throw new BusinessException("newsroom.nameMissing");
        }
        if (newName.length() > NAME_MAX) {
            throw new BusinessException("newsroom.nameTooLong", NAME_MAX);
        }
        this.name = newName;
        this.url = address(url);
    }

    /** Replaces the logo with a picture in one of the {@link LogoImage} formats. */
    public void showLogo(byte[] image) {
        if (image == null || image.length == 0) {
            throw new BusinessException("newsroom.logoMissing");
        }
        if (image.length > LOGO_MAX_BYTES) {
            throw new BusinessException("newsroom.logoTooLarge", LOGO_MAX_BYTES / 1024);
        }
        this.logoFormat = LogoImage.of(image).orElseThrow(() -> new BusinessException("newsroom.logoNotAPicture"));
        this.logo = image.clone();
    }

    public void removeLogo() {
        this.logo = null;
        this.logoFormat = null;
    }

    private static String address(String url) {
        var value = url == null ? "" : url.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > URL_MAX) {
            throw new BusinessException("newsroom.urlTooLong", URL_MAX);
        }
        try {
            var uri = new URI(value);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new BusinessException("newsroom.urlNotWeb", value);
            }
            return value;
        } catch (URISyntaxException e) {
            throw new BusinessException("newsroom.urlNotWeb", value);
        }
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public byte[] getLogo() {
        return logo == null ? null : logo.clone();
    }

    public LogoImage getLogoFormat() {
        return logoFormat;
    }
}
