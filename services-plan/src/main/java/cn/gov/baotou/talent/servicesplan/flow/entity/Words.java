package cn.gov.baotou.talent.servicesplan.flow.entity;

/** Words a user searches a list for, as a JPQL {@code like} pattern that finds them anywhere and takes % and _ as typed. */
public final class Words {

    /** Append to {@code x like :text}: the escape character of {@link #pattern}. */
    public static final String ESCAPE = " escape '\\'";

    private Words() {}

    /** The pattern, or null when nothing was typed. */
    public static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
