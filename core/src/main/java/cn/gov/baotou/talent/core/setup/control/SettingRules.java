package cn.gov.baotou.talent.core.setup.control;

import cn.gov.baotou.talent.core.account.control.PasswordPolicy;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rule of every setting of the platform (docs/operations.md, "Configuration"), checked before anything else is
 * done at start-up: a wrong setting ends the start with a line naming it and its rule, instead of a deployment that
 * fails while the process lives on (issue 18 item 7). Each setting by its configuration name; the environment
 * variable is the same in upper case with {@code _} ({@code talent.admin.password} → {@code TALENT_ADMIN_PASSWORD}).
 */
public final class SettingRules {

    private SettingRules() {}

    /** A broken rule: the environment variable's name and what it must be. */
    public record Broken(String variable, String rule) {
        @Override
        public String toString() {
            return variable + ": " + rule;
        }
    }

    /** Every broken rule, by the settings {@code lookup} finds (absent: the default, which keeps every rule). */
    public static List<Broken> check(Function<String, Optional<String>> lookup) {
        List<Broken> broken = new ArrayList<>();
        Checker c = new Checker(lookup, broken);
        boolean demo = c.bool("talent.demo.data", true);
        c.bool("talent.mail.starttls", false);
        c.bool("talent.cookie.secure", false);
        c.whole("talent.api-token.default-days", 1, 3650);
        c.whole("talent.api-token.max-days", 1, 3650);
        long defaultDays = c.value("talent.api-token.default-days", 90);
        long maxDays = c.value("talent.api-token.max-days", 365);
        if (defaultDays > maxDays) {
            broken.add(new Broken(
                    env("talent.api-token.default-days"), "不得大于 TALENT_API_TOKEN_MAX_DAYS（" + maxDays + "）"));
        }
        c.whole("talent.login.free-failures", 1, 1000);
        c.whole("talent.login.free-failures-per-address", 1, 100_000);
        c.whole("talent.login.max-delay-seconds", 1, 3600);
        c.whole("talent.login.forget-minutes", 1, 1440);
        c.whole("talent.login.burst-failures", 1, 100_000);
        c.whole("talent.work.dead-after-minutes", 1, 1440);
        lookup.apply("talent.trusted-proxies").ifPresent(v -> {
            if (!v.isBlank() && !v.strip().matches("[0-9A-Fa-f.:]+(\\s*,\\s*[0-9A-Fa-f.:]+)*")) {
                broken.add(new Broken(env("talent.trusted-proxies"), "应为以逗号分隔的 IP 地址，如 10.0.0.5,10.0.0.6"));
            }
        });
        c.whole("talent.upload.max-bytes", 1024, 1L << 30);
        c.whole("talent.intake.import.max-bytes", 1024, 1L << 30);
        c.whole("talent.intake.import.max-rows", 1, 100_000);
        c.whole("talent.intake.export.max-rows", 1, 1_000_000);
        c.whole("talent.reporting.jobs.parallel", 1, 64);
        c.whole("talent.reporting.jobs.keep-hours", 1, 24 * 365);
        c.whole("talent.reporting.jobs.stale-minutes", 1, 24 * 60);
        c.whole("talent.reporting.archive.catch-up-months", 0, 120);
        c.whole("talent.mail.port", 1, 65535);
        lookup.apply("talent.mail.link-base").ifPresent(v -> {
            if (!v.matches("https?://[^\\s/]+(/\\S*)?")) {
                broken.add(new Broken(
                        env("talent.mail.link-base"), "应为 http:// 或 https:// 开头的地址，如 https://talent.example.gov.cn"));
            }
        });
        lookup.apply("talent.db.url").ifPresent(v -> {
            if (!v.startsWith("jdbc:h2:") && !v.startsWith("jdbc:postgresql://")) {
                broken.add(new Broken(env("talent.db.url"), "应为 jdbc:postgresql://主机:端口/库名 或 jdbc:h2: 开头的地址"));
            }
        });
        lookup.apply("talent.crypto.key").ifPresent(v -> {
            if (!key(v)) {
                broken.add(new Broken(env("talent.crypto.key"), "应为 32 个随机字节的 base64（openssl rand -base64 32）"));
            }
        });
        lookup.apply("talent.clock").ifPresent(v -> {
            if (!clock(v)) {
                broken.add(new Broken(env("talent.clock"), "应为日期 2026-12-18 或时刻 2026-12-18T15:30+08:00"));
            } else if (!demo) {
                broken.add(new Broken(env("talent.clock"), "只用于演示和测试平台：TALENT_DEMO_DATA=false 时不得设置"));
            }
        });
        lookup.apply("talent.admin.password").ifPresent(v -> {
            try {
                PasswordPolicy.check("admin", v.toCharArray());
            } catch (InvalidInput e) {
                broken.add(new Broken(
                        env("talent.admin.password"),
                        "至少 " + PasswordPolicy.MIN_LENGTH + " 个字符，含大写字母、小写字母、数字、符号中的至少三类，且不含账号名 admin"));
            }
        });
        return broken;
    }

    static String env(String name) {
        return name.toUpperCase().replace('.', '_').replace('-', '_');
    }

    private static boolean key(String v) {
        try {
            return Base64.getDecoder().decode(v.strip()).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean clock(String v) {
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            try {
                OffsetDateTime.parse(v);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }

    /** Reads settings of one kind, noting each broken rule. */
    private record Checker(Function<String, Optional<String>> lookup, List<Broken> broken) {

        boolean bool(String name, boolean byDefault) {
            Optional<String> v = lookup.apply(name);
            if (v.isEmpty()) {
                return byDefault;
            }
            String s = v.get().strip();
            if (!s.equals("true") && !s.equals("false")) {
                broken.add(new Broken(env(name), "应为 true 或 false"));
                return byDefault;
            }
            return Boolean.parseBoolean(s);
        }

        void whole(String name, long min, long max) {
            lookup.apply(name).ifPresent(v -> {
                try {
                    long n = Long.parseLong(v.strip());
                    if (n < min || n > max) {
                        broken.add(new Broken(env(name), "应为 " + min + " 至 " + max + " 之间的整数"));
                    }
                } catch (NumberFormatException e) {
                    broken.add(new Broken(env(name), "应为 " + min + " 至 " + max + " 之间的整数"));
                }
            });
        }

        long value(String name, long byDefault) {
            try {
                return lookup.apply(name)
                        .map(String::strip)
                        .map(Long::parseLong)
                        .orElse(byDefault);
            } catch (NumberFormatException e) {
                return byDefault;
            }
        }
    }
}
