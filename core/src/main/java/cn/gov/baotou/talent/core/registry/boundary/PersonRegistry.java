package cn.gov.baotou.talent.core.registry.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.IdCardNumber;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.registry.entity.Persons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Registers persons. A person belongs to no district of their own: they are seen through the cases that name them,
 * so here only the city-wide roles read a person directly.
 */
@ApplicationScoped
@Transactional
public class PersonRegistry {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    @Inject
    Persons persons;

    @Inject
    Caller caller;

    public Person register(PersonForm form) {
        if (!caller.is(Role.CITY_OFFICE, Role.DISTRICT_OFFICE, Role.ENTERPRISE)) {
            throw new Forbidden("register person");
        }
        List<FieldError> errors = new ArrayList<>();
        if (form.name() == null || form.name().isBlank()) {
            errors.add(FieldError.of("name", "registry.name.required"));
        } else if (form.name().strip().length() > 50) {
            errors.add(FieldError.of("name", "registry.name.tooLong", 50));
        }
        IdCardNumber number = null;
        try {
            number = IdCardNumber.of(form.idNumber());
            if (form.birthDate() != null && !form.birthDate().equals(number.birthDate())) {
                errors.add(FieldError.of("birthDate", "registry.birthDate.mismatch", form.birthDate()));
            }
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        if (form.phone() != null
                && !form.phone().isBlank()
                && !MOBILE.matcher(form.phone().strip()).matches()) {
            errors.add(FieldError.of("phone", "registry.phone.malformed", ""));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (persons.byIdNumber(number).isPresent()) {
            throw new Conflict("registry.idNumber.taken", number.masked());
        }
        String phone = form.phone() == null || form.phone().isBlank()
                ? null
                : form.phone().strip();
        Person p = new Person(form.name().strip(), number, null, phone);
        persons.add(p);
        return p;
    }

    public Person visible(long id) {
        if (!caller.visibility().all()) {
            throw new NotFound("registry.person.notFound", id);
        }
        return persons.byId(id).orElseThrow(() -> new NotFound("registry.person.notFound", id));
    }
}
