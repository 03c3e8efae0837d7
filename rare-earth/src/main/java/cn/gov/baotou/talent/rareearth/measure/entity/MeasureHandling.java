package cn.gov.baotou.talent.rareearth.measure.entity;

/** How the platform carries a measure out: the page a measure's cases live on follows from it. */
public enum MeasureHandling {
    /** 高精尖人才团队: teams recorded and counted by field (rare-earth.1). */
    TEAMS,
    /** 博士硕士引进: intake's hires of rare-earth enterprises, counted from the talent records (rare-earth.2). */
    INTAKE,
    /** Applications decided by the measure's rule and booked in the ledger. */
    SUPPORT,
    /** Agreements and arrangements recorded case by case (rare-earth.4, 8, 14, 15). */
    RECORDS,
    /** Training records of universities and vocational schools (rare-earth.7). */
    TRAINING,
    /** Key technical problems run as 揭榜挂帅 (rare-earth.9). */
    PROBLEMS
}
