package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.intake.hire.entity.ImportStatus;

/** One upload's progress as the import goes, written every {@link #EVERY} rows so that it costs little. */
public final class ImportTracker {

    static final int EVERY = 25;

    private final ImportProgress progress;
    private final long importId;

    ImportTracker(ImportProgress progress, long importId) {
        this.progress = progress;
        this.importId = importId;
    }

    void checking(int rows) {
        progress.advance(importId, ImportStatus.CHECKING, rows, 0, 0);
    }

    void checked(int done, int rows) {
        if (done % EVERY == 0 || done == rows) {
            progress.advance(importId, ImportStatus.CHECKING, rows, done, 0);
        }
    }

    void importing(int rows) {
        progress.advance(importId, ImportStatus.IMPORTING, rows, rows, 0);
    }

    void imported(int done, int rows) {
        if (done % EVERY == 0 || done == rows) {
            progress.advance(importId, ImportStatus.IMPORTING, rows, rows, done);
        }
    }

    long importId() {
        return importId;
    }
}
