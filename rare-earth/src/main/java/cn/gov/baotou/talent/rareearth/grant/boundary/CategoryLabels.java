package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;

/** The words of an application's category, which means a degree, a level, a way, a patent type or who, by measure. */
final class CategoryLabels {

    private CategoryLabels() {}

    static String of(int measureNo, String code) {
        if (code == null) {
            return null;
        }
        String prefix =
                switch (measureNo) {
                    case 2 -> "degree.";
                    case 5 -> "way.";
                    case 11 -> "patent.";
                    case 13 -> "who.";
                    default -> "level.";
                };
        return PageReplies.messages().get(RareEarthMessages.BUNDLE, prefix + code);
    }
}
