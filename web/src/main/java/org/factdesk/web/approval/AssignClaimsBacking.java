package org.factdesk.web.approval;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.claim.boundary.AssignmentService;
import org.factdesk.claim.boundary.ClaimRow;
import org.factdesk.claim.boundary.WorkFilter;
import org.factdesk.claim.boundary.Workload;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.PagedRows;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Messages;

/**
 * /approval/assign.xhtml?show=: the desk's open claims, soonest due first, with each journalist's workload.
 * A desk chief selects claims and assigns them in one go; the least-loaded journalist is preselected.
 */
@Named
@ViewScoped
public class AssignClaimsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssignmentService assignments;

    private WorkFilter show = WorkFilter.UNASSIGNED;
    private PagedRows<ClaimRow> rows;
    private List<ClaimRow> selected = new ArrayList<>();
    private List<Workload> workloads;
    private String assignee;

    @PostConstruct
    void init() {
        rows = new PagedRows<>((first, size) -> assignments.openWork(show, first, size), row -> Long.toString(row.id()));
        refreshWorkloads();
    }

    public void assign() {
        try {
            var count = assignments.assign(selected.stream().map(ClaimRow::id).toList(), assignee);
            var name = workloads.stream().filter(w -> w.username().equals(assignee)).map(Workload::displayName).findFirst().orElse(assignee);
            Messages.addGlobalInfo("assign.done", count, name);
            selected = new ArrayList<>();
            refreshWorkloads();
        } catch (BusinessException e) {
            Refusals.show(e);
        }
    }

    public String filter() {
        return "/approval/assign?faces-redirect=true&includeViewParams=true";
    }

    private void refreshWorkloads() {
        workloads = assignments.workloads();
        assignee = workloads.isEmpty() ? null : workloads.get(0).username();
    }

    public WorkFilter[] getFilters() {
        return WorkFilter.values();
    }

    public WorkFilter getShow() {
        return show;
    }

    public void setShow(WorkFilter show) {
        this.show = show == null ? WorkFilter.UNASSIGNED : show;
    }

    public PagedRows<ClaimRow> getRows() {
        return rows;
    }

    public List<ClaimRow> getSelected() {
        return selected;
    }

    public void setSelected(List<ClaimRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public List<Workload> getWorkloads() {
        return workloads;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
