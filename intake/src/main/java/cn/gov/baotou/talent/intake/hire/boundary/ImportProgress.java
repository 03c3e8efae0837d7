package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.setup.control.BootId;
import cn.gov.baotou.talent.intake.hire.entity.HireImport;
import cn.gov.baotou.talent.intake.hire.entity.HireImports;
import cn.gov.baotou.talent.intake.hire.entity.ImportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * An upload's progress, each change committed in a transaction of its own (REQUIRES_NEW): the import's single
 * transaction is still open while the page asks how far it has come, and a refused or failed import, whose own
 * transaction rolls back, is still recorded as such.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportProgress {

    @Inject
    HireImports imports;

    @Inject
    Clock clock;

    public ImportProgress() {}

    /** For use outside the container (tests), over an entity manager whose transaction the caller runs. */
    public ImportProgress(HireImports imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    public HireImport open(String ticket, long enterpriseId, String fileName, String importedBy) {
        if (imports.ticketTaken(ticket)) {
            throw new InvalidInput("ticket", "import.ticket.taken", ticket);
        }
        return imports.add(
                new HireImport(ticket, enterpriseId, fileName, importedBy, clock.instant(), BootId.current()));
    }

    public void advance(long id, ImportStatus status, int rows, int checked, int imported) {
        imports.byId(id).ifPresent(i -> i.advance(status, rows, checked, imported));
    }

    public void finish(long id, ImportStatus status, int problems) {
        imports.byId(id).ifPresent(i -> i.finish(status, problems, clock.instant()));
    }
}
