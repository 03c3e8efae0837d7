package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominations;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;

/** Finds a nomination within the caller's scope, locked for a step; one outside it is answered as missing (404). */
record NominationLookup(Nominations nominations, Caller caller) {

    Nomination locked(Long id) {
        if (id == null) {
            throw new NotFound(ServicesPlanText.ref("nomination.notFound"), "—");
        }
        return nominations.visible(id, caller.visibility(), true).orElseThrow(() -> notFound(id));
    }

    Nomination visible(long id) {
        return nominations.visible(id, caller.visibility(), false).orElseThrow(() -> notFound(id));
    }

    static NotFound notFound(long id) {
        return new NotFound(ServicesPlanText.ref("nomination.notFound"), String.valueOf(id));
    }
}
