package org.factdesk.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.Languages;
import org.factdesk.user.boundary.UserService;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /profile.xhtml: a member of staff's own settings: the language of the pages, and their password. */
@Named
@RequestScoped
public class ProfileBacking {

    @Inject
    UserService users;

    @Inject
    ActiveUser activeUser;

    private String language;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void init() {
        language = activeUser.getLocale().getLanguage();
    }

    public String saveLanguage() {
        try {
            var me = users.changeLanguage(language);
            activeUser.languageChanged(me.locale());
            // the confirmation already speaks the chosen language
            Faces.setLocale(java.util.Locale.forLanguageTag(me.locale()));
            Messages.addFlashGlobalInfo("profile.languageSaved");
            return "/profile?faces-redirect=true";
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public String changePassword() {
        try {
            users.changeOwnPassword(currentPassword, newPassword);
            Messages.addFlashGlobalInfo("profile.passwordChanged");
            return "/profile?faces-redirect=true";
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public List<String> getLanguages() {
        return Languages.SPOKEN;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
