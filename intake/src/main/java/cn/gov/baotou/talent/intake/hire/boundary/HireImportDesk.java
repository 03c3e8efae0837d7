package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.sheet.control.Sheet;
import cn.gov.baotou.talent.core.sheet.control.SheetReader;
import cn.gov.baotou.talent.core.sheet.control.SheetUnreadable;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.control.HireAction;
import cn.gov.baotou.talent.intake.hire.control.HireColumn;
import cn.gov.baotou.talent.intake.hire.control.HireWorkflow;
import cn.gov.baotou.talent.intake.hire.entity.HireImport;
import cn.gov.baotou.talent.intake.hire.entity.HireImports;
import cn.gov.baotou.talent.intake.hire.entity.ImportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An enterprise's upload of hires from the template (intake.5.3), from the page or the API: the bytes bounded, the
 * upload recorded under its ticket, the sheet read, then every row checked and submitted in {@link
 * HireDesk#importSheet}'s single transaction. This class starts no transaction of its own around that one, so that
 * {@link ImportProgress} can record a refused or failed upload after the import's transaction rolled back.
 */
@ApplicationScoped
public class HireImportDesk {

    private static final Pattern TICKET = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final int FILE_NAME_MAX = 200;

    @Inject
    HireDesk desk;

    @Inject
    ImportProgress progress;

    @Inject
    HireImports imports;

    @Inject
    Caller caller;

    ImportLimits limits;

    ImportFiles files;

    public HireImportDesk() {}

    /** For use outside the container (tests). */
    public HireImportDesk(
            HireDesk desk, ImportProgress progress, HireImports imports, Caller caller, ImportLimits limits) {
        this.desk = desk;
        this.progress = progress;
        this.imports = imports;
        this.caller = caller;
        this.limits = limits;
    }

    public ImportLimits limits() {
        if (limits == null) {
            limits = ImportLimits.configured();
        }
        return limits;
    }

    /**
     * Imports the file whole or refuses it whole ({@link HireImportRefused}, naming every row, column and reason).
     *
     * @param ticket chosen by the caller to ask for progress meanwhile; null for one made here
     */
    public HireImportResult importFile(String ticket, String fileName, InputStream content) {
        HireWorkflow.permit(HireAction.SUBMIT, caller.role());
        String t = ticket(ticket);
        String name = fileName(fileName);
        byte[] bytes = limits().read(content);
        HireImport run = progress.open(t, caller.scope().enterpriseId(), name, caller.getUsername());
        // kept until the import is done or refused: if this instance dies meanwhile, the file is there for a retry
        files().keep(t, bytes);
        try {
            Sheet sheet = read(bytes);
            progress.advance(run.id(), ImportStatus.CHECKING, 0, 0, 0);
            HireImportResult result =
                    desk.importSheet(name, sheet, limits().maxRows(), new ImportTracker(progress, run.id()), t);
            progress.finish(run.id(), ImportStatus.IMPORTED, 0);
            files().remove(t);
            return result;
        } catch (InvalidInput e) {
            progress.finish(run.id(), ImportStatus.REFUSED, e.errors().size());
            files().remove(t);
            throw e;
        } catch (Conflict e) {
            progress.finish(run.id(), ImportStatus.REFUSED, 1);
            files().remove(t);
            throw e;
        } catch (RuntimeException e) {
            progress.finish(run.id(), ImportStatus.FAILED, 0);
            throw e;
        }
    }

    /** How far the caller's upload of a ticket has come. */
    @Transactional
    public Optional<HireImport> progress(String ticket) {
        return ticket == null ? Optional.empty() : imports.byTicket(ticket, caller.visibility());
    }

    /** The caller's enterprise's latest uploads. */
    @Transactional
    public List<HireImport> recent(int max) {
        return imports.recent(caller.visibility(), max);
    }

    private ImportFiles files() {
        if (files == null) {
            files = ImportFiles.configured();
        }
        return files;
    }

    public boolean mayImport() {
        return HireAction.SUBMIT.roles().contains(caller.role());
    }

    private Sheet read(byte[] bytes) {
        try {
            // the note, the header and one row more than allowed: enough to say a file is too long
            return SheetReader.read(bytes, HireColumn.values().length, limits().maxRows() + HireRows.NOTE_ROWS + 2);
        } catch (SheetUnreadable e) {
            throw new HireImportRefused(List.of(BulkSubmission.fileProblem("import.file.unreadable")));
        }
    }

    private static String ticket(String ticket) {
        if (ticket == null || ticket.isBlank()) {
            return UUID.randomUUID().toString();
        }
        if (!TICKET.matcher(ticket.strip()).matches()) {
            throw new InvalidInput(
                    List.of(new FieldError("ticket", IntakeEligibility.BUNDLE, "import.ticket.malformed", List.of())));
        }
        return ticket.strip();
    }

    private static String fileName(String fileName) {
        String name = fileName == null || fileName.isBlank()
                ? "拟录用人员.xlsx"
                : fileName.replaceAll("^.*[/\\\\]", "").strip();
        return name.length() > FILE_NAME_MAX ? name.substring(name.length() - FILE_NAME_MAX) : name;
    }
}
