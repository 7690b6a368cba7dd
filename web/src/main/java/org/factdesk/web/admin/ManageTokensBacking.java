package org.factdesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.apitoken.boundary.ApiTokenRow;
import org.factdesk.apitoken.boundary.ApiTokenService;
import org.factdesk.apitoken.boundary.IssuedToken;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.PagedRows;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Messages;

/**
 * /admin/tokens.xhtml: issue API tokens for machine clients, and revoke them. A new token's secret lives only in
 * this view, so the admin sees it once and nobody can bring it back.
 */
@Named
@ViewScoped
public class ManageTokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokenService tokens;

    private String username;
    private String label;
    private LocalDate expiresOn;
    private IssuedToken issued;
    private PagedRows<ApiTokenRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(tokens::list, row -> Long.toString(row.id()));
    }

    public void issue() {
        try {
            issued = tokens.issue(username, label, expiresOn);
            Messages.addGlobalInfo("tokens.issued", issued.label(), issued.username());
            username = null;
            label = null;
            expiresOn = null;
        } catch (BusinessException e) {
            Refusals.show(e);
        }
    }

    public void revoke(ApiTokenRow row) {
        try {
            tokens.revoke(row.id(), row.version());
            Messages.addGlobalInfo("tokens.revoked", row.label(), row.username());
        } catch (BusinessException e) {
            Refusals.show(e);
        }
    }

    /** Forgets the secret once the admin has copied it. */
    public void dismiss() {
        issued = null;
    }

    public List<String> suggestUsers(String prefix) {
        return tokens.usernamesStartingWith(prefix);
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public IssuedToken getIssued() {
        return issued;
    }

    public PagedRows<ApiTokenRow> getRows() {
        return rows;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
