package cn.gov.baotou.talent.servicesplan.rest;

import cn.gov.baotou.talent.core.rest.Messages;
import cn.gov.baotou.talent.core.rest.NotFound;

/** A record of the plan that does not exist or lies outside the caller's scope (404, alike), from the plan's bundle. */
public class ServicesPlanNotFound extends NotFound {

    public ServicesPlanNotFound(String messageKey, Object id) {
        super(messageKey, id);
    }

    public String message(Messages messages) {
        return messages.get(ServicesPlanText.BUNDLE, messageKey(), id());
    }
}
