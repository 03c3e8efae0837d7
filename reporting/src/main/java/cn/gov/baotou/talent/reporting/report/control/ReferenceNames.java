package cn.gov.baotou.talent.reporting.report.control;

import java.util.List;

/**
 * The names a report prints for the codes its sources give: the districts (9 旗县区 + 稀土高新区, in the registry's
 * order), the industries, and the policies, each in Chinese and English, from core's registry.
 */
public record ReferenceNames(List<Name> districts, List<Name> industries, List<Name> policies) {

    public ReferenceNames {
        districts = List.copyOf(districts);
        industries = List.copyOf(industries);
        policies = List.copyOf(policies);
    }

    /** A code with its names. */
    public record Name(String code, String zh, String en) {

        public String in(String language) {
            return "en".equals(language) ? en : zh;
        }
    }

    public String district(String code, String language) {
        return name(districts, code, language);
    }

    public String industry(String code, String language) {
        return name(industries, code, language);
    }

    public String policy(String id, String language) {
        return name(policies, id, language);
    }

    /** A code no list knows is printed as it is, so that nothing a source counted disappears. */
    private static String name(List<Name> names, String code, String language) {
        if (code == null) {
            return "en".equals(language) ? "(none)" : "（未填）";
        }
        for (Name n : names) {
            if (n.code().equals(code)) {
                return n.in(language);
            }
        }
        return code;
    }
}
