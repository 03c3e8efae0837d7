package cn.gov.baotou.talent.core.audit.boundary;

import cn.gov.baotou.talent.core.refusal.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** 修改历史: the city office's page over {@link AuditHistory}, {@code history.xhtml?type=enterprise&id=1}. */
@Named
@RequestScoped
public class HistoryPage {

    @Inject
    AuditHistory history;

    private String type;
    private String id;
    private List<RevisionView> revisions;
    private boolean notFound;

    public List<String> getTypes() {
        return history.types();
    }

    /** The record's revisions, newest first as a page reads them; empty when nothing was asked or found. */
    public List<RevisionView> getRevisions() {
        if (revisions == null) {
            revisions = List.of();
            if (type != null && id != null && !id.isBlank()) {
                try {
                    List<RevisionView> newestFirst = new ArrayList<>(history.of(type, id));
                    Collections.reverse(newestFirst);
                    revisions = newestFirst;
                } catch (NotFound e) {
                    notFound = true;
                }
            }
        }
        return revisions;
    }

    public boolean isNotFound() {
        getRevisions();
        return notFound;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
