package cn.gov.baotou.talent.core.report.control;

/** The reports leadership reads (PRODUCT.md, Reporting), each at {@code /api/v1/reports/<path>.pdf|.xlsx}. */
public enum ReportKind {
    TARGETS("targets"),
    FUNDS("funds"),
    RETENTION("retention"),
    SERVICES("services");

    private final String path;

    ReportKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static ReportKind ofPath(String path) {
        for (ReportKind k : values()) {
            if (k.path.equals(path)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no such report: " + path);
    }
}
