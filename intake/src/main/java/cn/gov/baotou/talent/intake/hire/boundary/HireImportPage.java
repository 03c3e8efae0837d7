package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.control.RowProblem;
import cn.gov.baotou.talent.intake.hire.entity.HireImport;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 批量报送 on the enterprise's hires page: the template to download, the upload with a progress bar fed by the
 * import's ticket while the page waits, then either each row's hire with its eligibility, or — the file refused whole
 * — every problem by row, column and reason; and the enterprise's recent uploads.
 */
@Named
@ViewScoped
public class HireImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);

    @Inject
    transient HireImportDesk imports;

    @Inject
    HiresPage list;

    private transient Part file;
    private String ticket = UUID.randomUUID().toString();
    private HireImportResult result;
    private final ArrayList<Refusal> refusals = new ArrayList<>();
    private transient List<RecentImport> recent;

    /** An earlier upload as the page lists it. */
    public record RecentImport(String at, String fileName, int rows, String status, int problems, String importedBy)
            implements Serializable {

        static RecentImport of(HireImport i) {
            return new RecentImport(
                    MINUTE.format(i.startedAt()),
                    i.fileName(),
                    i.rowCount(),
                    i.status().name(),
                    i.problemCount(),
                    i.importedBy());
        }
    }

    /** A refused cell as the page lists it: row and column as the user sees them in Excel, and why. */
    public record Refusal(String row, String column, String reason) implements Serializable {}

    public void importFile() {
        refusals.clear();
        result = null;
        try {
            if (file != null && file.getSize() > imports.limits().maxBytes()) {
                throw imports.limits().tooLarge();
            }
            try (InputStream in = file == null ? null : file.getInputStream()) {
                result = imports.importFile(ticket, file == null ? null : file.getSubmittedFileName(), in);
            }
            // the list above shows the new hires
            list.search();
            PageReplies.info(
                    IntakeEligibility.BUNDLE,
                    "import.done",
                    String.valueOf(result.rows()),
                    result.fileName(),
                    String.valueOf(result.eligible()),
                    String.valueOf(result.exceptionRequired()),
                    String.valueOf(result.notEligible()));
        } catch (HireImportRefused e) {
            Messages m = PageReplies.messages();
            for (RowProblem p : e.problems()) {
                refusals.add(new Refusal(
                        p.row() > 0 ? String.valueOf(p.row()) : "—",
                        p.column() == null
                                ? "—"
                                : m.get(IntakeEligibility.BUNDLE, p.column().headerKey()),
                        m.get(p.reason())));
            }
            error(m.get(
                    IntakeEligibility.BUNDLE,
                    "import.refused",
                    String.valueOf(e.problems().size())));
        } catch (InvalidInput e) {
            PageReplies.refuse(e, PageReplies.nextToField("import"), IntakeEligibility.BUNDLE);
        } catch (Conflict | NotFound | Forbidden e) {
            PageReplies.refuse(e, PageReplies.atTop());
        } catch (IOException e) {
            error(PageReplies.messages().get(IntakeEligibility.BUNDLE, "import.file.unreadable"));
        } finally {
            recent = null;
            ticket = UUID.randomUUID().toString();
            file = null;
        }
    }

    public boolean isMayImport() {
        return imports.mayImport();
    }

    public List<RecentImport> getRecent() {
        if (recent == null) {
            recent = imports.mayImport()
                    ? imports.recent(5).stream().map(RecentImport::of).toList()
                    : List.of();
        }
        return recent;
    }

    public String getHint() {
        return PageReplies.messages()
                .get(
                        IntakeEligibility.BUNDLE,
                        "import.hint",
                        String.valueOf(imports.limits().maxRows()),
                        imports.limits().size());
    }

    public HireImportResult getResult() {
        return result;
    }

    public List<Refusal> getRefusals() {
        return refusals;
    }

    public String getTicket() {
        return ticket;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    private static void error(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }
}
