package cn.gov.baotou.talent.rareearth.measure.entity;

/** The fields rare-earth.1 names for high-end teams, which key problems are filed under too. */
public enum RareEarthField {
    /** 磁性材料. */
    MAGNETIC,
    /** 储氢材料. */
    HYDROGEN_STORAGE,
    /** 高端稀土抛光材料. */
    POLISHING,
    /** 催化剂及助剂材料. */
    CATALYST,
    /** “稀土+”产业. */
    RARE_EARTH_PLUS
}
