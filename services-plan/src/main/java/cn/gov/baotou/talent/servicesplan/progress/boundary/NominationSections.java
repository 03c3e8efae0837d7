package cn.gov.baotou.talent.servicesplan.progress.boundary;

import static cn.gov.baotou.talent.servicesplan.progress.boundary.SectionTable.zh;

import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus;
import cn.gov.baotou.talent.servicesplan.quota.control.Basis;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The nominations of the services report: by district and quota tier — the basis the quota rests on (revenue,
 * services-plan.4.1, or investment, 4.2) and the number of people it allows — and by the state each has reached in the
 * review chain (5), with the people nominated and those the meeting approved; each table closed by its total.
 */
record NominationSections(List<Object[]> rows, Map<String, String> districtNames) {

    /** A tier in a district, sorted by district code, revenue before investment, the larger quota first. */
    private record Tier(String district, Basis basis, int quota) {
        static final Comparator<Tier> ORDER = Comparator.comparing(Tier::district)
                .thenComparing(t -> t.basis() == null ? 2 : t.basis().ordinal())
                .thenComparing(Tier::quota, Comparator.reverseOrder());
    }

    List<ReportTable> tables() {
        return List.of(byTier(), byStatus());
    }

    private ReportTable byTier() {
        Map<Tier, long[]> tiers = new TreeMap<>(Tier.ORDER);
        for (Object[] r : rows) {
            add(
                    tiers.computeIfAbsent(
                            new Tier((String) r[0], (Basis) r[1], ((Number) r[2]).intValue()), t -> new long[3]),
                    r);
        }
        SectionTable t = new SectionTable("nominations.tiers", "services-plan.4")
                .column(CellKind.TEXT, "district")
                .column(CellKind.TEXT, "basis")
                .column(CellKind.COUNT, "quota")
                .column(CellKind.COUNT, "nominations")
                .column(CellKind.COUNT, "nominees")
                .column(CellKind.COUNT, "approved");
        long[] total = new long[3];
        tiers.forEach((tier, n) -> {
            t.row(
                    districtNames.getOrDefault(tier.district(), tier.district()),
                    tier.basis() == null ? "—" : zh("basis." + tier.basis().name()),
                    (long) tier.quota(),
                    n[0],
                    n[1],
                    n[2]);
            sum(total, n);
        });
        return t.row(zh("report.total"), null, null, total[0], total[1], total[2])
                .table();
    }

    private ReportTable byStatus() {
        Map<NominationStatus, long[]> states = new EnumMap<>(NominationStatus.class);
        for (NominationStatus s : NominationStatus.values()) {
            states.put(s, new long[3]);
        }
        rows.forEach(r -> add(states.get((NominationStatus) r[3]), r));
        SectionTable t = new SectionTable("nominations.status", "services-plan.5")
                .column(CellKind.TEXT, "status")
                .column(CellKind.COUNT, "nominations")
                .column(CellKind.COUNT, "nominees")
                .column(CellKind.COUNT, "approved");
        long[] total = new long[3];
        states.forEach((s, n) -> {
            t.row(zh("nomination.status." + s.name()), n[0], n[1], n[2]);
            sum(total, n);
        });
        return t.row(zh("report.total"), total[0], total[1], total[2]).table();
    }

    /** Adds a row's nominations, nominees and approved nominees. */
    private static void add(long[] into, Object[] r) {
        into[0] += ((Number) r[4]).longValue();
        into[1] += ((Number) r[5]).longValue();
        into[2] += r[6] == null ? 0 : ((Number) r[6]).longValue();
    }

    private static void sum(long[] into, long[] n) {
        for (int i = 0; i < n.length; i++) {
            into[i] += n[i];
        }
    }
}
