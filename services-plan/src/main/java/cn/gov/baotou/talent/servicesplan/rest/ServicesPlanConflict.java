package cn.gov.baotou.talent.servicesplan.rest;

import cn.gov.baotou.talent.core.rest.Conflict;
import cn.gov.baotou.talent.core.rest.Messages;

/** A request that clashes with a case's state (409), explained from the plan's own bundle. */
public class ServicesPlanConflict extends Conflict {

    public ServicesPlanConflict(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** The explanation in the language of {@code messages}. */
    public String message(Messages messages) {
        return messages.get(ServicesPlanText.BUNDLE, messageKey(), arguments());
    }
}
