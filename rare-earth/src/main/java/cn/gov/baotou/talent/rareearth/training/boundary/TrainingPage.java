package cn.gov.baotou.talent.rareearth.training.boundary;

import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.training.control.RowProblem;
import cn.gov.baotou.talent.rareearth.training.entity.TrainingBatch;
import cn.gov.baotou.talent.rareearth.training.entity.TrainingRecord;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 培养记录 (rare-earth.7): the template to download, the import with every refused row listed (row, column, reason)
 * when a file is refused whole, the recent imports, and the year's records.
 */
@Named
@ViewScoped
public class TrainingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    transient TrainingDesk desk;

    @Inject
    transient Clock clock;

    private transient Part file;
    private int year;
    private final ArrayList<Refusal> refusals = new ArrayList<>();
    private int page;
    private Long count;

    /** This year by default, on the platform's clock. */
    @PostConstruct
    void start() {
        year = LocalDate.now(clock).getYear();
    }

    /** A refused row as the page lists it. */
    public record Refusal(int row, String column, String reason) implements Serializable {}

    public void importFile() {
        refusals.clear();
        count = null;
        if (file == null) {
            PageReplies.info(RareEarthMessages.BUNDLE, "import.chooseFile");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            TrainingBatch b = desk.importFile(file.getSubmittedFileName(), in);
            PageReplies.info(RareEarthMessages.BUNDLE, "import.done", b.rowCount(), b.fileName());
        } catch (ImportRefused e) {
            for (RowProblem p : e.problems()) {
                refusals.add(new Refusal(
                        p.row(),
                        p.column() == null ? "—" : p.column().header(),
                        PageReplies.messages()
                                .get(
                                        RareEarthMessages.BUNDLE,
                                        p.messageKey(),
                                        p.arguments().toArray())));
            }
            PageReplies.attempt(PageReplies.inForm("upload"), () -> {
                        throw new Conflict(
                                RareEarthMessages.ref("import.refused"),
                                e.problems().size());
                    })
                    .orElse(null);
        } catch (IOException e) {
            PageReplies.info(RareEarthMessages.BUNDLE, "import.file.unreadable");
        }
        file = null;
    }

    public boolean isMayImport() {
        return desk.mayImport();
    }

    public List<Refusal> getRefusals() {
        return refusals;
    }

    public List<TrainingBatch> getBatches() {
        return desk.batches();
    }

    /** The page of the year's records, paged on the server (a year holds 1000 or more). */
    public List<TrainingRecord> getRecords() {
        return desk.search(year, getPage() * PAGE_SIZE, PAGE_SIZE);
    }

    public int getPages() {
        return (int) Math.max(1, (getCount() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getPage() {
        return Math.max(0, Math.min(page, getPages() - 1));
    }

    public void setPage(int page) {
        this.page = page;
    }

    public long getCount() {
        if (count == null) {
            count = desk.count(year);
        }
        return count;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
        this.count = null;
    }
}
