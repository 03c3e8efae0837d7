package cn.gov.baotou.talent.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scans a module's source for every place it names a text of its bundle and counts the arguments given there against
 * the placeholders the text has, in Chinese and English: no answer may read "按{4}（2025-12-31）…". The arguments are
 * counted at the call in the source, where the key is followed by them ({@code Check.passed(rule, clause, BUNDLE,
 * "check.version", a, b, c, d, e)}; {@code List.of(...)} counted by its items; {@code new NotFound(Messages.ref("x"),
 * id)} the call's after the reference); a key not directly followed by its arguments is not counted.
 */
public final class MessageArguments {

    /** Any quoted key-like literal: the bundle decides whether it is a text. */
    static final Pattern ANY_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /** The calls found and those that give a text fewer arguments than it reads. */
    public record Scan(int calls, List<String> short_) {}

    private MessageArguments() {}

    /** Every call in {@code sources} (a module's src/main/java) naming a text of {@code bundle}. */
    public static Scan of(Path sources, String bundle) {
        ResourceBundle zh = ResourceBundle.getBundle(bundle, Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = ResourceBundle.getBundle(bundle, Locale.ENGLISH);
        List<String> short_ = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher m = ANY_KEY.matcher(code);
                while (m.find()) {
                    String key = m.group(1);
                    if (!zh.containsKey(key)) {
                        continue;
                    }
                    // a reference, ref("key") or new MessageRef(BUNDLE, "key"), is followed by the arguments of the
                    // call it is given to
                    String call = callName(code, m.start());
                    int given = call.equals("ref") || call.equals("MessageRef")
                            ? afterRef(code, m.end())
                            : after(code, m.end());
                    if (given < 0) {
                        continue;
                    }
                    calls++;
                    int needed = Math.max(placeholders(zh.getString(key)), placeholders(en.getString(key)));
                    if (given < needed) {
                        short_.add(f.getFileName() + ": " + key + " given " + given + ", reads " + needed);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Scan(calls, short_);
    }

    /** How many arguments a text reads: one more than its highest placeholder, 0 without any ('{0}' is quoted). */
    public static int placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text.replaceAll("'[^']*'", ""));
        int most = -1;
        while (m.find()) {
            most = Math.max(most, Integer.parseInt(m.group(1)));
        }
        return most + 1;
    }

    /** The arguments after the literal ending at {@code from}, or -1 when no argument list follows the key there. */
    public static int after(String code, int from) {
        int i = skipSpace(code, from);
        if (i >= code.length()) {
            return -1;
        }
        if (code.charAt(i) == ')') {
            return 0;
        }
        if (code.charAt(i) != ',') {
            return -1;
        }
        int count = 0;
        int depth = 0;
        i++;
        while (i < code.length()) {
            int start = skipSpace(code, i);
            if (depth == 0 && code.startsWith("List.of(", start)) {
                // the list is one argument of the call, its items the text's: one counted by the comma before it
                count += items(code, start + "List.of(".length()) - 1;
                i = close(code, start + "List.of(".length());
                continue;
            }
            char c = code.charAt(i);
            if (c == '"') {
                i = endOfString(code, i);
                continue;
            }
            if (c == '\'') {
                i = code.indexOf('\'', i + (code.charAt(i + 1) == '\\' ? 2 : 1) + 1) + 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return count + 1;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                count++;
            } else if (c == ';' && depth == 0) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** The arguments after a message reference whose key literal ends at {@code from}: those of the enclosing call. */
    public static int afterRef(String code, int from) {
        int i = skipSpace(code, from);
        return i < code.length() && code.charAt(i) == ')' ? after(code, i + 1) : -1;
    }

    /** The name of the call whose argument list holds the position: {@code ref} in {@code ref("x")}. */
    public static String callName(String code, int at) {
        int depth = 0;
        int i = at - 1;
        while (i >= 0) {
            char c = code.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ';' || c == '{' || c == '}') {
                return "";
            }
            i--;
        }
        int end = i;
        while (i > 0 && Character.isJavaIdentifierPart(code.charAt(i - 1))) {
            i--;
        }
        return i < 0 ? "" : code.substring(i, end);
    }

    /** The items of a list whose opening parenthesis ends just before {@code from}. */
    private static int items(String code, int from) {
        int i = skipSpace(code, from);
        if (code.charAt(i) == ')') {
            return 0;
        }
        int count = 1;
        int depth = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                i = endOfString(code, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return count;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                count++;
            }
            i++;
        }
        return count;
    }

    /** Just after the parenthesis that closes the list opened before {@code from}. */
    private static int close(String code, int from) {
        int depth = 0;
        int i = from;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                i = endOfString(code, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
            }
            i++;
        }
        return i;
    }

    private static int endOfString(String code, int quote) {
        if (code.startsWith("\"\"\"", quote)) {
            return code.indexOf("\"\"\"", quote + 3) + 3;
        }
        int i = quote + 1;
        while (code.charAt(i) != '"') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static int skipSpace(String code, int i) {
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        return i;
    }
}
