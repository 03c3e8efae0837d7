package cn.gov.baotou.talent.rareearth.problem.boundary;

/** What the pages and the API send for each step of 揭榜挂帅, every field as typed. */
public final class ProblemForms {

    private ProblemForms() {}

    /** A problem to publish: title, description, field, the district that joins in (optional), money, bids due. */
    public record Publish(
            String title, String description, String field, String districtCode, String budgetYuan, String bidsDue) {}

    /** A bid: who leads the team, the proposal, the money the bidder puts in. */
    public record Bid(String teamLeader, String proposal, String budgetYuan) {}

    /** A milestone reached. */
    public record Milestone(String title, String reachedOn, String note) {}

    /** A decision of the science bureau: APPOINT (with the bid), WITHDRAW, ACCEPT or REJECT_RESULT, with its text. */
    public record Decide(String action, String bidId, String text) {}
}
