package cn.gov.baotou.talent.intake.hire.entity;

/** How far an upload of hires has come: read, its rows checked, then imported; or refused whole, or failed. */
public enum ImportStatus {
    READING,
    CHECKING,
    IMPORTING,
    IMPORTED,
    REFUSED,
    FAILED;

    public boolean finished() {
        return this == IMPORTED || this == REFUSED || this == FAILED;
    }
}
