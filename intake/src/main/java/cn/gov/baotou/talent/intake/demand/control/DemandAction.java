package cn.gov.baotou.talent.intake.demand.control;

import java.util.Locale;
import java.util.Optional;

/** What may be done to a job demand; each is one step of {@link DemandWorkflow}, named in the API by its code. */
public enum DemandAction {
    /** 提交审核: the enterprise sends a draft or a returned demand to the city office. */
    SUBMIT,
    /** 审核发布: the city office publishes it in the catalog (intake.5.2). */
    PUBLISH,
    /** 退回修改: the city office sends it back, saying why. */
    RETURN,
    /** 关闭: filled or withdrawn; it leaves the catalog. */
    CLOSE;

    /** The code in URLs and the activity feed: {@code submit}, {@code publish}, {@code return}, {@code close}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DemandAction> ofCode(String code) {
        for (DemandAction a : values()) {
            if (a.code().equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
