package cn.gov.baotou.talent.rareearth.rest;

import cn.gov.baotou.talent.core.rest.Messages;
import cn.gov.baotou.talent.core.rest.NotFound;

/** A rare-earth record that does not exist or lies outside the caller's scope (404, alike), from this bundle. */
public class RareEarthNotFound extends NotFound {

    public RareEarthNotFound(String messageKey, Object id) {
        super(messageKey, id);
    }

    public String message(Messages messages) {
        return messages.get(RareEarthMessages.BUNDLE, messageKey(), id());
    }
}
