package cn.gov.baotou.talent.rareearth.problem.control;

import static cn.gov.baotou.talent.rareearth.problem.control.ProblemActor.BIDDER;
import static cn.gov.baotou.talent.rareearth.problem.control.ProblemActor.LEAD;
import static cn.gov.baotou.talent.rareearth.problem.control.ProblemActor.SCIENCE_BUREAU;
import static cn.gov.baotou.talent.rareearth.problem.entity.KeyProblemStatus.ACCEPTED;
import static cn.gov.baotou.talent.rareearth.problem.entity.KeyProblemStatus.APPOINTED;
import static cn.gov.baotou.talent.rareearth.problem.entity.KeyProblemStatus.FAILED;
import static cn.gov.baotou.talent.rareearth.problem.entity.KeyProblemStatus.IN_PROGRESS;
import static cn.gov.baotou.talent.rareearth.problem.entity.KeyProblemStatus.PUBLISHED;
import static cn.gov.baotou.talent.rareearth.problem.entity.KeyProblemStatus.WITHDRAWN;

import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblemStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The table of 揭榜挂帅: the states each step starts from, the state it leads to (the same state when it only adds a
 * bid or a milestone), and who takes it.
 */
public enum ProblemAction {
    PUBLISH(EnumSet.noneOf(KeyProblemStatus.class), PUBLISHED, SCIENCE_BUREAU),
    BID(EnumSet.of(PUBLISHED), PUBLISHED, BIDDER),
    WITHDRAW(EnumSet.of(PUBLISHED), WITHDRAWN, SCIENCE_BUREAU),
    APPOINT(EnumSet.of(PUBLISHED), APPOINTED, SCIENCE_BUREAU),
    REPORT_MILESTONE(EnumSet.of(APPOINTED, IN_PROGRESS), IN_PROGRESS, LEAD),
    ACCEPT(EnumSet.of(IN_PROGRESS), ACCEPTED, SCIENCE_BUREAU),
    REJECT_RESULT(EnumSet.of(IN_PROGRESS), FAILED, SCIENCE_BUREAU);

    private final Set<KeyProblemStatus> from;
    private final KeyProblemStatus to;
    private final ProblemActor actor;

    ProblemAction(Set<KeyProblemStatus> from, KeyProblemStatus to, ProblemActor actor) {
        this.from = Set.copyOf(from);
        this.to = to;
        this.actor = actor;
    }

    public Set<KeyProblemStatus> from() {
        return from;
    }

    public KeyProblemStatus to() {
        return to;
    }

    public ProblemActor actor() {
        return actor;
    }
}
