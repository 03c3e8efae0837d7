package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.registry.entity.IdCardNumber;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.servicesplan.flow.control.FormInput;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominations;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NomineeDraft;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NomineeKind;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the nominees of a nomination: each field checked under {@code nominees[i].field}, the ID number by GB 11643;
 * a person already in the registry is taken as registered (the name must agree), a new one is registered with the
 * number and phone encrypted. Nobody may stand twice in a list, nor in another live nomination of the year.
 */
final class NomineeRegistration {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final EntityManager em;
    private final Nominations nominations;

    NomineeRegistration(EntityManager em, Nominations nominations) {
        this.em = em;
        this.nominations = nominations;
    }

    /** The drafts, or null when a field was refused (the refusals are in {@code in}); persons are registered later. */
    List<Draft> read(List<NomineeForm> forms, FormInput in) {
        if (forms.isEmpty()) {
            in.add(ServicesPlanText.error("nominees", "nominee.none"));
            return null;
        }
        List<Draft> drafts = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            NomineeForm f = forms.get(i);
            String at = "nominees[" + i + "].";
            String name = in.text(at + "name", f.name(), 50, true);
            IdCardNumber number = idNumber(at + "idNumber", f.idNumber(), in);
            String phone = in.text(at + "phone", f.phone(), 11, false);
            if (phone != null && !MOBILE.matcher(phone).matches()) {
                in.add(FieldError.of(at + "phone", "registry.phone.malformed"));
            }
            NomineeKind kind = in.oneOf(at + "kind", f.kind(), NomineeKind.class);
            String jobTitle = in.text(at + "jobTitle", f.jobTitle(), 100, true);
            String contribution = in.text(at + "contribution", f.contribution(), 1000, true);
            if (number != null && !numbers.add(number.value())) {
                in.add(ServicesPlanText.error(at + "idNumber", "nominee.twice", number.masked()));
            }
            drafts.add(new Draft(at, name, number, phone, kind, jobTitle, contribution));
        }
        return in.ok() ? drafts : null;
    }

    /** The registry's persons for the drafts, refusing a name that disagrees or a person nominated elsewhere. */
    List<NomineeDraft> register(List<Draft> drafts, int year, Long nominationId, FormInput in) {
        List<NomineeDraft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Person person = em.createQuery("select p from Person p where p.idNumberHash = :h", Person.class)
                    .setParameter("h", Person.hashOf(d.number()))
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (person != null && !person.name().equals(d.name())) {
                in.add(ServicesPlanText.error(
                        d.at() + "name", "nominee.nameMismatch", d.number().masked()));
                continue;
            }
            if (person != null && nominations.nominatedElsewhere(person.id(), year, nominationId)) {
                in.add(ServicesPlanText.error(
                        d.at() + "idNumber", "nominee.nominatedElsewhere", d.name(), String.valueOf(year)));
                continue;
            }
            if (person == null) {
                person = new Person(d.name(), d.number(), null, d.phone());
                em.persist(person);
            }
            out.add(new NomineeDraft(person, d.kind(), d.jobTitle(), d.contribution()));
        }
        return out;
    }

    private static IdCardNumber idNumber(String field, String text, FormInput in) {
        if (text == null || text.isBlank()) {
            in.add(FieldError.of(field, "request.required"));
            return null;
        }
        try {
            return IdCardNumber.of(text);
        } catch (InvalidInput e) {
            e.errors().forEach(err -> in.add(new FieldError(field, err.bundle(), err.messageKey(), err.arguments())));
            return null;
        }
    }

    /** A nominee read from the form, before the registry is consulted. */
    record Draft(
            String at,
            String name,
            IdCardNumber number,
            String phone,
            NomineeKind kind,
            String jobTitle,
            String contribution) {}
}
