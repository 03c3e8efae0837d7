package cn.gov.baotou.talent.reporting.job.entity;

/** Where a report job stands; only DONE has a file. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
