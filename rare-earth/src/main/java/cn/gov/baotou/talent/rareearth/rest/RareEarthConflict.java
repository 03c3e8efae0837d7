package cn.gov.baotou.talent.rareearth.rest;

import cn.gov.baotou.talent.core.rest.Conflict;
import cn.gov.baotou.talent.core.rest.Messages;

/** A request that clashes with a case's state or with what exists (409), explained from this module's bundle. */
public class RareEarthConflict extends Conflict {

    public RareEarthConflict(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** The explanation in the language of {@code messages}. */
    public String message(Messages messages) {
        return messages.get(RareEarthMessages.BUNDLE, messageKey(), arguments());
    }
}
