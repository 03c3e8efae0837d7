package cn.gov.baotou.talent.intake.rest;

import cn.gov.baotou.talent.core.rest.Messages;
import cn.gov.baotou.talent.core.rest.NotFound;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;

/** An intake record that does not exist or lies outside the caller's scope (404, alike), from intake's bundle. */
public class IntakeNotFound extends NotFound {

    public IntakeNotFound(String messageKey, Object id) {
        super(messageKey, id);
    }

    public String message(Messages messages) {
        return messages.get(IntakeEligibility.BUNDLE, messageKey(), id());
    }
}
