package cn.gov.baotou.talent.servicesplan.flow.control;

import cn.gov.baotou.talent.core.account.entity.Role;
import java.util.Set;

/**
 * One row of a case's transition table: the states it may start from (none: it opens the case), the state it leads
 * to (the same state when it only records something), the roles that may take it and the clause it rests on.
 */
public interface Step<S extends Enum<S>> {

    String name();

    Set<S> from();

    /** The state after the step; for a step that only records something, the state it was in. */
    S to(S current);

    Set<Role> roles();

    String clauseId();

    /** Whether the step needs a written opinion or reason (a return, a refusal). */
    boolean needsReason();
}
