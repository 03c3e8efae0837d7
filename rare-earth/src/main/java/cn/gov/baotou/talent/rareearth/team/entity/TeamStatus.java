package cn.gov.baotou.talent.rareearth.team.entity;

/** A team reported, then confirmed (counted) or declined by the city office. */
public enum TeamStatus {
    REPORTED,
    CONFIRMED,
    DECLINED
}
