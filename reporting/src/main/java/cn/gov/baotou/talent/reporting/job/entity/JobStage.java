package cn.gov.baotou.talent.reporting.job.entity;

/**
 * The steps of a job in the order they happen, each with the share of the work done when it begins: gathering the
 * figures from every module, laying out the PDF or workbook, storing the file.
 */
public enum JobStage {
    WAITING(0),
    GATHERING(10),
    RENDERING(55),
    STORING(90),
    FINISHED(100);

    private final int progress;

    JobStage(int progress) {
        this.progress = progress;
    }

    public int progress() {
        return progress;
    }
}
