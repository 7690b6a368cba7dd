package org.factdesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.factdesk.outlet.boundary.OutletRow;
import org.factdesk.outlet.boundary.OutletService;
import org.factdesk.web.shared.PagedRows;

/** /admin/outlets.xhtml: every outlet with its priority and how many of its articles reached the desk. */
@Named
@ViewScoped
public class ListOutletsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutletService outlets;

    private PagedRows<OutletRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(outlets::list, row -> Long.toString(row.id()));
    }

    public PagedRows<OutletRow> getRows() {
        return rows;
    }
}
