package org.factdesk.web.review;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.factdesk.claim.boundary.ClaimRow;
import org.factdesk.claim.boundary.ClaimService;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.PagedRows;
import org.factdesk.web.shared.Refusals;

/** /review/mine.xhtml: the claims in my hands, and the pool of open claims anyone may take. */
@Named
@ViewScoped
public class MyClaimsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimService claims;

    private PagedRows<ClaimRow> mine;
    private PagedRows<ClaimRow> pool;

    @PostConstruct
    void init() {
        mine = new PagedRows<>(claims::mine, row -> Long.toString(row.id()));
        pool = new PagedRows<>(claims::pool, row -> Long.toString(row.id()));
    }

    public String take(long claimId) {
        try {
            claims.take(claimId);
            return "/review/claim?faces-redirect=true&id=" + claimId;
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public PagedRows<ClaimRow> getMine() {
        return mine;
    }

    public PagedRows<ClaimRow> getPool() {
        return pool;
    }
}
