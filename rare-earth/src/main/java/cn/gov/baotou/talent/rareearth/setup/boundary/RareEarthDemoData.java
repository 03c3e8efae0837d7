package cn.gov.baotou.talent.rareearth.setup.boundary;

import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.setup.control.ModuleSeed;
import cn.gov.baotou.talent.rareearth.measure.entity.RareEarthField;
import cn.gov.baotou.talent.rareearth.problem.control.ProblemWorkflow;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblem;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblemStatus;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemBid;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemMilestone;
import cn.gov.baotou.talent.rareearth.team.boundary.TeamDesk;
import cn.gov.baotou.talent.rareearth.team.entity.HighEndTeam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Synthetic demo cases of the rare-earth measures, loaded once into empty tables after core's demo data: three
 * teams of 2025 (two confirmed, one waiting), and two key problems — one accepted after its milestones, one open
 * for bids — so that the board, the targets and 揭榜挂帅 have something to show.
 */
@ApplicationScoped
public class RareEarthDemoData implements ModuleSeed {

    private static final Logger LOG = Logger.getLogger(RareEarthDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ActivityLog activity;

    public RareEarthDemoData() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public RareEarthDemoData(EntityManager em, ActivityLog activity) {
        this.em = em;
        this.activity = activity;
    }

    @Override
    @Transactional
    public void loadDemoData() {
        if (em.createQuery("select count(k) from KeyProblem k", Long.class).getSingleResult() > 0) {
            return;
        }
        Enterprise magnet = enterprise("91150271MAYY0D013N");
        Enterprise catalyst = enterprise("91150203MAYY0D072A");
        Enterprise polish = enterprise("91150207MAYY0D056E");
        team(magnet, "高性能烧结钕铁硼创新团队", RareEarthField.MAGNETIC, "2025-03-18", true);
        team(catalyst, "稀土催化材料产业化团队", RareEarthField.CATALYST, "2025-06-02", true);
        team(polish, "高端稀土抛光粉研发团队", RareEarthField.POLISHING, "2025-09-10", false);
        KeyProblem done = problem("高丰度稀土永磁材料晶界扩散关键技术", RareEarthField.MAGNETIC, "2025-03-01", "2025-04-30");
        ProblemBid lead = new ProblemBid(
                done.id(),
                magnet.id(),
                magnet.district().code(),
                "王堃",
                "晶界扩散工艺与装备一体化攻关",
                Yuan.wan(300),
                LocalDate.parse("2025-04-10"),
                "magnet");
        em.persist(lead);
        activity.record(ProblemWorkflow.CASE_TYPE, done.id(), "BID", "PUBLISHED", "PUBLISHED", magnet.name());
        done.moveTo(KeyProblemStatus.APPOINTED);
        done.appoint(lead.id(), LocalDate.parse("2025-05-15"));
        activity.record(ProblemWorkflow.CASE_TYPE, done.id(), "APPOINT", "PUBLISHED", "APPOINTED", "专家评审第一");
        em.persist(new ProblemMilestone(
                done.id(),
                "中试线贯通",
                LocalDate.parse("2025-09-30"),
                "良率 92%",
                "magnet",
                Instant.parse("2025-10-08T02:00:00Z")));
        done.moveTo(KeyProblemStatus.IN_PROGRESS);
        activity.record(ProblemWorkflow.CASE_TYPE, done.id(), "REPORT_MILESTONE", "APPOINTED", "IN_PROGRESS", "中试线贯通");
        done.moveTo(KeyProblemStatus.ACCEPTED);
        done.conclude("验收通过：重稀土用量降低 40%，矫顽力提升 15%", LocalDate.parse("2025-12-20"));
        activity.record(ProblemWorkflow.CASE_TYPE, done.id(), "ACCEPT", "IN_PROGRESS", "ACCEPTED", done.result());
        problem("稀土抛光粉回收再利用关键技术", RareEarthField.POLISHING, "2025-11-20", "2026-12-31");
        LOG.info("demo data loaded: 3 rare-earth teams, 2 key problems (synthetic)");
    }

    private Enterprise enterprise(String creditCode) {
        return em.createQuery("select e from Enterprise e where e.creditCode = :c", Enterprise.class)
                .setParameter("c", creditCode)
                .getSingleResult();
    }

    private void team(Enterprise e, String name, RareEarthField field, String on, boolean confirmed) {
        HighEndTeam t = new HighEndTeam(
                name,
                field,
                e.id(),
                e.district().code(),
                "带头人",
                6,
                LocalDate.parse(on),
                "一事一议：项目经费、实验场地与人才公寓由企业与属地约定",
                "city");
        em.persist(t);
        activity.record(TeamDesk.CASE_TYPE, t.id(), "REPORT", null, "REPORTED", null);
        if (confirmed) {
            t.decide(true, "city", LocalDate.parse(on).plusDays(20), "符合条件");
            activity.record(TeamDesk.CASE_TYPE, t.id(), "CONFIRM", "REPORTED", "CONFIRMED", "符合条件");
        }
    }

    private KeyProblem problem(String title, RareEarthField field, String published, String due) {
        KeyProblem k = new KeyProblem(
                title,
                "攻关目标与考核指标见榜单附件（演示数据）",
                field,
                "150271",
                Yuan.wan(500),
                LocalDate.parse(due),
                LocalDate.parse(published),
                "science");
        em.persist(k);
        activity.record(ProblemWorkflow.CASE_TYPE, k.id(), "PUBLISH", null, "PUBLISHED", null);
        return k;
    }
}
