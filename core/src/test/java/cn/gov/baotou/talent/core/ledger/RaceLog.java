package cn.gov.baotou.talent.core.ledger;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Counts the ledger's reports of a write refused by a unique constraint: how many callers lost a race there. */
final class RaceLog extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("cn.gov.baotou.talent.core.ledger.boundary.FundingLedger");
    private final AtomicInteger clashes = new AtomicInteger();

    RaceLog() {
        logger.addHandler(this);
    }

    int clashes() {
        return clashes.get();
    }

    @Override
    public void publish(LogRecord r) {
        if (r.getMessage() != null && r.getMessage().contains("unique constraint")) {
            clashes.incrementAndGet();
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
