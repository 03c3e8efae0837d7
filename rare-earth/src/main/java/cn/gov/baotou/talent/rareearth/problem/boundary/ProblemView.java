package cn.gov.baotou.talent.rareearth.problem.boundary;

import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblem;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemBid;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemMilestone;
import java.time.LocalDate;
import java.util.List;

/** A key problem as the API shows it: the call, where it stands, the bids the caller may see, the milestones. */
public record ProblemView(
        long id,
        String title,
        String description,
        String field,
        String districtCode,
        String budgetYuan,
        LocalDate bidsDue,
        String status,
        LocalDate publishedOn,
        Long leadBidId,
        LocalDate appointedOn,
        String result,
        LocalDate concludedOn,
        List<Bid> bids,
        List<Milestone> milestones,
        List<String> actions) {

    /** A bid as shown. */
    public record Bid(long id, long enterpriseId, String teamLeader, String proposal, String budgetYuan, LocalDate on) {

        static Bid of(ProblemBid b) {
            return new Bid(
                    b.id(),
                    b.enterpriseId(),
                    b.teamLeader(),
                    b.proposal(),
                    b.budget().toString(),
                    b.submittedOn());
        }
    }

    /** A milestone as shown. */
    public record Milestone(long id, String title, LocalDate reachedOn, String note) {

        static Milestone of(ProblemMilestone m) {
            return new Milestone(m.id(), m.title(), m.reachedOn(), m.note());
        }
    }

    static ProblemView of(
            KeyProblem k, List<ProblemBid> bids, List<ProblemMilestone> milestones, List<String> actions) {
        return new ProblemView(
                k.id(),
                k.title(),
                k.description(),
                k.field().name(),
                k.districtCode(),
                k.budget().toString(),
                k.bidsDue(),
                k.status().name(),
                k.publishedOn(),
                k.leadBidId(),
                k.appointedOn(),
                k.result(),
                k.concludedOn(),
                bids.stream().map(Bid::of).toList(),
                milestones.stream().map(Milestone::of).toList(),
                actions);
    }
}
