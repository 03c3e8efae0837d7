package cn.gov.baotou.talent.rareearth.problem.control;

/** Who takes a step in 揭榜挂帅: the science bureau (its DEPARTMENT account), any enterprise, or the appointed lead. */
public enum ProblemActor {
    /** 市科技局: publishes, appoints, accepts (牵头单位 of rare-earth.9). */
    SCIENCE_BUREAU,
    /** An enterprise that bids (揭榜). */
    BIDDER,
    /** The enterprise appointed to lead (挂帅). */
    LEAD
}
