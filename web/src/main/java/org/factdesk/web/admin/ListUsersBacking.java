package org.factdesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.factdesk.user.boundary.UserService;
import org.factdesk.user.boundary.Account;
import org.factdesk.web.shared.PagedRows;

/** /admin/users.xhtml: every staff account, a page at a time, with the way to add one. */
@Named
@ViewScoped
public class ListUsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    private PagedRows<Account> rows;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(users::list, account -> Long.toString(account.id()));
    }

    public PagedRows<Account> getRows() {
        return rows;
    }
}
