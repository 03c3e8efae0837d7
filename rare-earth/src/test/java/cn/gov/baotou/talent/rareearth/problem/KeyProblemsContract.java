package cn.gov.baotou.talent.rareearth.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.rareearth.RareEarthDatabase;
import cn.gov.baotou.talent.rareearth.problem.boundary.ProblemDesk;
import cn.gov.baotou.talent.rareearth.problem.boundary.ProblemForms;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblem;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblemStatus;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemBid;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemMilestone;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A key problem walked through every state of 揭榜挂帅 on a real database — published, bid for, a lead appointed,
 * milestones, result accepted; another withdrawn, a third's result rejected — with every step in its activity feed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class KeyProblemsContract {

    static final Caller SCIENCE = Callers.as("science", Role.DEPARTMENT, AccountScope.department("SCIENCE"));
    static final Caller HR = Callers.as("hr", Role.DEPARTMENT, AccountScope.department("HUMAN_RESOURCES"));

    RareEarthDatabase db;
    Caller magnet;
    Caller catalyst;
    long problem;
    long magnetBid;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        List<Class<?>> entities = new ArrayList<>(RareEarthDatabase.MODULE);
        entities.addAll(List.of(KeyProblem.class, ProblemBid.class, ProblemMilestone.class));
        db = new RareEarthDatabase(freshDatabase(), entities);
        magnet = Callers.enterprise(db.id("select id from core_enterprise where credit_code = '91150271MAYY0D013N'"));
        catalyst = Callers.enterprise(db.id("select id from core_enterprise where credit_code = '91150203MAYY0D072A'"));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void onlyTheScienceBureauPublishesAndAPublishedProblemIsOpenForBids() {
        assertThatThrownBy(() -> as(HR, d -> d.publish(form()))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> as(magnet, d -> d.publish(form()))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> as(
                        SCIENCE,
                        d -> d.publish(new ProblemForms.Publish(" ", "x", "STEEL", "999999", "-1", "2024-09-01"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field())
                        .containsExactly("title", "field", "districtCode", "budgetYuan", "bidsDue"));
        KeyProblem k = as(SCIENCE, d -> d.publish(form()));
        problem = k.id();
        assertThat(k.status()).isEqualTo(KeyProblemStatus.PUBLISHED);
    }

    @Test
    @Order(2)
    void enterprisesBidOnceEachAndSeeOnlyTheirOwnBids() {
        magnetBid = as(magnet, d -> d.bid(problem, new ProblemForms.Bid("王堃", "烧结钕铁硼晶界扩散工艺", "3000000.00")))
                .id();
        as(catalyst, d -> d.bid(problem, new ProblemForms.Bid("李喆", "稀土催化剂寿命提升", "2000000.00")));
        assertThatThrownBy(() -> as(magnet, d -> d.bid(problem, new ProblemForms.Bid("张赟", "再投一次", "1.00"))))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("keyProblem.bids.already"));
        assertThat(this.<List<ProblemBid>>as(magnet, d -> d.bids(problem)))
                .extracting(ProblemBid::teamLeader)
                .containsExactly("王堃");
        assertThat(this.<List<ProblemBid>>as(SCIENCE, d -> d.bids(problem))).hasSize(2);
        assertThatThrownBy(() -> as(magnet, d -> d.reportMilestone(problem, milestone("2024-09-27"))))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    @Order(3)
    void theBureauAppointsOneOfTheProblemsBidsAsLead() {
        assertThatThrownBy(
                        () -> as(SCIENCE, d -> d.decide(problem, new ProblemForms.Decide("APPOINT", "999999", "择优"))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("bidId"));
        KeyProblem k = as(
                SCIENCE,
                d -> d.decide(problem, new ProblemForms.Decide("APPOINT", String.valueOf(magnetBid), "专家评审第一")));
        assertThat(k.status()).isEqualTo(KeyProblemStatus.APPOINTED);
        assertThat(k.leadBidId()).isEqualTo(magnetBid);
        assertThatThrownBy(() -> as(catalyst, d -> d.bid(problem, new ProblemForms.Bid("李喆", "迟到", "1.00"))))
                .isInstanceOf(Conflict.class);
    }

    @Test
    @Order(4)
    void onlyTheLeadReportsMilestonesAndTheFirstStartsTheWork() {
        assertThatThrownBy(() -> as(catalyst, d -> d.reportMilestone(problem, milestone("2024-09-27"))))
                .isInstanceOf(Forbidden.class);
        as(magnet, d -> d.reportMilestone(problem, milestone("2024-09-27")));
        assertThat(as(magnet, d -> d.visible(problem)).status()).isEqualTo(KeyProblemStatus.IN_PROGRESS);
        as(magnet, d -> d.reportMilestone(problem, new ProblemForms.Milestone("中试完成", "2024-09-27", "良率 92%")));
        assertThat(this.<List<ProblemMilestone>>as(HR, d -> d.milestones(problem)))
                .hasSize(2);
    }

    @Test
    @Order(5)
    void theBureauAcceptsTheResultAndTheFeedHasEveryStep() {
        KeyProblem k = as(SCIENCE, d -> d.decide(problem, new ProblemForms.Decide("ACCEPT", null, "验收通过：矫顽力提升 15%")));
        assertThat(k.status()).isEqualTo(KeyProblemStatus.ACCEPTED);
        assertThat(k.result()).contains("验收通过");
        assertThat(this.<List<ActivityView>>as(magnet, d -> d.timeline(problem)))
                .extracting(ActivityView::action)
                .containsExactly("PUBLISH", "BID", "BID", "APPOINT", "REPORT_MILESTONE", "REPORT_MILESTONE", "ACCEPT");
        assertThatThrownBy(
                        () -> as(SCIENCE, d -> d.decide(problem, new ProblemForms.Decide("REJECT_RESULT", null, "x"))))
                .isInstanceOf(Conflict.class);
    }

    @Test
    @Order(6)
    void aProblemIsWithdrawnWhileOpenAndAnotherResultIsRejected() {
        long withdrawn = as(SCIENCE, d -> d.publish(form())).id();
        assertThat(as(SCIENCE, d -> d.decide(withdrawn, new ProblemForms.Decide("WITHDRAW", null, "需求变化")))
                        .status())
                .isEqualTo(KeyProblemStatus.WITHDRAWN);
        long failed = as(SCIENCE, d -> d.publish(form())).id();
        long bid = as(catalyst, d -> d.bid(failed, new ProblemForms.Bid("李喆", "方案", "100.00")))
                .id();
        as(SCIENCE, d -> d.decide(failed, new ProblemForms.Decide("APPOINT", String.valueOf(bid), "唯一揭榜")));
        as(catalyst, d -> d.reportMilestone(failed, milestone("2024-09-27")));
        assertThat(as(SCIENCE, d -> d.decide(failed, new ProblemForms.Decide("REJECT_RESULT", null, "指标未达到")))
                        .status())
                .isEqualTo(KeyProblemStatus.FAILED);
        assertThat(this.<List<KeyProblem>>as(HR, d -> d.year(2024)))
                .extracting(KeyProblem::status)
                .containsExactlyInAnyOrder(
                        KeyProblemStatus.ACCEPTED, KeyProblemStatus.WITHDRAWN, KeyProblemStatus.FAILED);
    }

    private <T> T as(Caller c, Function<ProblemDesk, T> work) {
        return db.work(em -> work.apply(new ProblemDesk(em, c, db.activity(em, c), RareEarthDatabase.CLOCK)));
    }

    static ProblemForms.Publish form() {
        return new ProblemForms.Publish(
                "高丰度稀土永磁材料晶界扩散关键技术", "攻关目标：…", "MAGNETIC", "150271", "5000000.00", "2024-10-31");
    }

    static ProblemForms.Milestone milestone(String on) {
        return new ProblemForms.Milestone("小试完成", on, null);
    }
}
