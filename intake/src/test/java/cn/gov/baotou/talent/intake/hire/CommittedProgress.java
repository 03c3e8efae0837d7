package cn.gov.baotou.talent.intake.hire;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;

import cn.gov.baotou.talent.intake.hire.boundary.ImportProgress;
import cn.gov.baotou.talent.intake.hire.entity.HireImport;
import cn.gov.baotou.talent.intake.hire.entity.HireImports;
import cn.gov.baotou.talent.intake.hire.entity.ImportStatus;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An upload's progress as the server writes it (REQUIRES_NEW): each change committed in a transaction of its own
 * while the import's transaction is still open. {@code seen} keeps every step; {@code during} runs at each step, to
 * look at the database from outside the import meanwhile.
 */
final class CommittedProgress extends ImportProgress {

    final List<String> seen = new CopyOnWriteArrayList<>();
    private final EntityManagerFactory emf;
    private final Clock clock;
    private final Consumer<String> during;

    CommittedProgress(IntakeDatabase db, Consumer<String> during) {
        this.emf = db.emf;
        this.clock = IntakeDatabase.clock("2024-06-03");
        this.during = during;
    }

    @Override
    public HireImport open(String ticket, long enterpriseId, String fileName, String importedBy) {
        return inTransaction(emf, em -> new ImportProgress(new HireImports(em), clock)
                .open(ticket, enterpriseId, fileName, importedBy));
    }

    @Override
    public void advance(long id, ImportStatus status, int rows, int checked, int imported) {
        inTransaction(emf, em -> {
            new ImportProgress(new HireImports(em), clock).advance(id, status, rows, checked, imported);
            return null;
        });
        String step = status + " " + rows + "/" + checked + "/" + imported;
        seen.add(step);
        during.accept(step);
    }

    @Override
    public void finish(long id, ImportStatus status, int problems) {
        inTransaction(emf, em -> {
            new ImportProgress(new HireImports(em), clock).finish(id, status, problems);
            return null;
        });
        seen.add(status + " " + problems);
    }
}
