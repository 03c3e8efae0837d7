package cn.gov.baotou.talent.core.policy.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.policy.entity.Interpretation;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.rest.RequestFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** The city office records its interpretation (解释口径) of a clause; everyone reads them with the clause. */
@ApplicationScoped
@Transactional
public class Interpretations {

    @Inject
    PolicyCatalog catalog;

    @Inject
    Caller caller;

    public Interpretations() {}

    /** For use outside the container (tests). */
    public Interpretations(PolicyCatalog catalog, Caller caller) {
        this.catalog = catalog;
        this.caller = caller;
    }

    public Interpretation record(String clauseId, JsonObject body) {
        if (!caller.is(Role.CITY_OFFICE)) {
            throw new Forbidden("interpret a clause");
        }
        catalog.clause(clauseId).orElseThrow(() -> new NotFound("policy.clause.notFound", clauseId));
        RequestFields in = new RequestFields(body);
        LocalDate issuedOn = in.date("issuedOn");
        String text = in.text("text");
        String number = body != null && body.containsKey("documentNumber") ? in.text("documentNumber") : null;
        if (text != null && text.length() > 4000) {
            in.error("text", "request.tooLong", 4000);
        }
        in.check();
        Interpretation i = new Interpretation(clauseId, issuedOn, number, text, caller.getUsername());
        catalog.add(i);
        return i;
    }
}
