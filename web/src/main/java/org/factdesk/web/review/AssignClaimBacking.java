package org.factdesk.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.factdesk.claim.boundary.AssignmentService;
import org.factdesk.claim.boundary.Workload;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Messages;

/** On a claim's page, a desk chief assigns or reassigns that one claim; the least-loaded journalist is preselected. */
@Named
@ViewScoped
public class AssignClaimBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssignmentService assignments;

    private Long claimId;
    private List<Workload> workloads = List.of();
    private String assignee;

    public void show(Long claimId) {
        this.claimId = claimId;
        workloads = assignments.workloads();
        assignee = workloads.isEmpty() ? null : workloads.get(0).username();
    }

    public String assign() {
        try {
            assignments.assign(List.of(claimId), assignee);
            Messages.addFlashGlobalInfo("assign.one.done");
            return "/review/claim?faces-redirect=true&id=" + claimId;
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
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

    public String getSuggestion() {
        return workloads.isEmpty() ? null : workloads.get(0).displayName();
    }
}
