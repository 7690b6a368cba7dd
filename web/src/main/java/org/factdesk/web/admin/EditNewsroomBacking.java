package org.factdesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import org.factdesk.newsroom.boundary.NewsroomProfile;
import org.factdesk.newsroom.boundary.NewsroomService;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Messages;

/**
 * /admin/newsroom.xhtml: the newsroom's name, address and logo, which head the public pages and sign every
 * ClaimReview. Each save names the version the admin saw.
 */
@Named
@ViewScoped
public class EditNewsroomBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String RELOAD = "/admin/newsroom?faces-redirect=true";

    @Inject
    NewsroomService newsroom;

    private NewsroomProfile profile;
    private String name;
    private String url;
    private transient Part logo;

    @PostConstruct
    void init() {
        profile = newsroom.profile();
        name = profile.name();
        url = profile.url();
    }

    public String save() {
        try {
            var picture = logo != null && logo.getSize() > 0 ? picture() : null;
            if (logo != null && logo.getSize() > 0 && picture == null) {
                Messages.addGlobalError("newsroom.logoUnreadable");
                return null;
            }
            newsroom.update(profile.version(), name, url, picture);
            Messages.addFlashGlobalInfo("newsroom.saved");
            return RELOAD;
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public String removeLogo() {
        try {
            newsroom.removeLogo(profile.version());
            Messages.addFlashGlobalInfo("newsroom.logoRemoved");
            return RELOAD;
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    /**
     * Reads no more of the upload than a logo may weigh, so the newsroom can refuse a larger file by its size; null
     * when the upload broke off.
     */
    private byte[] picture() {
        try (var in = logo.getInputStream()) {
            return in.readNBytes(NewsroomService.LOGO_MAX_BYTES + 1);
        } catch (IOException e) {
            return null;
        }
    }

    public NewsroomProfile getProfile() {
        return profile;
    }

    public int getMaxLogoKilobytes() {
        return NewsroomService.LOGO_MAX_BYTES / 1024;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }
}
