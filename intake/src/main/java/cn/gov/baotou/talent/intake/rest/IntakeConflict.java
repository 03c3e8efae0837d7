package cn.gov.baotou.talent.intake.rest;

import cn.gov.baotou.talent.core.rest.Conflict;
import cn.gov.baotou.talent.core.rest.Messages;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;

/** A request that clashes with a case's state or a missing prerequisite (409), explained from intake's own bundle. */
public class IntakeConflict extends Conflict {

    public IntakeConflict(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** The explanation in the language of {@code messages}. */
    public String message(Messages messages) {
        return messages.get(IntakeEligibility.BUNDLE, messageKey(), arguments());
    }
}
