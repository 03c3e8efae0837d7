package cn.gov.baotou.talent.core.document.control;

/**
 * The name an upload came with, kept only to show and to offer on download: any folder part, control character and
 * quote removed, at most {@link #MAX} characters, and a plain name when nothing is left.
 */
public final class FileName {

    public static final int MAX = 200;

    private FileName() {}

    public static String clean(String submitted, ContentType type) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "document." + type.extension();
        }
        if (name.length() > MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX - extension.length()) + extension;
        }
        return name;
    }
}
