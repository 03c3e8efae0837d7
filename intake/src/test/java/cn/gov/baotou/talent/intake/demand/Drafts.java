package cn.gov.baotou.talent.intake.demand;

import cn.gov.baotou.talent.intake.demand.control.DemandDraft;

/** Job demands as an enterprise would type them. */
final class Drafts {

    private Drafts() {}

    static DemandDraft of(String title, String degree, String discipline) {
        return new DemandDraft(
                title,
                "2",
                degree,
                discipline,
                "材料物理与化学、凝聚态物理",
                "RESEARCH_DEVELOPMENT",
                "高性能钕铁硼永磁材料晶界扩散工艺研发与量产导入",
                "250000",
                "400000.00",
                "包头稀土高新区",
                "0472-5123456",
                "hr@example.cn");
    }

    static DemandDraft magnetEngineer() {
        return of("稀土永磁材料研发工程师", "DOCTOR", "08");
    }
}
