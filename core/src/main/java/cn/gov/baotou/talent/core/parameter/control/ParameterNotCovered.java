package cn.gov.baotou.talent.core.parameter.control;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.time.LocalDate;
import java.util.List;

/** A date that no entered version of a parameter covers: the rule is refused, never computed with a guess. */
public class ParameterNotCovered extends InvalidInput {

    private final LocalDate date;
    private final String key;

    public ParameterNotCovered(String field, LocalDate date, String key, List<ParameterValue> versions) {
        super(List.of(FieldError.of(
                field,
                "parameter.notCovered",
                date.toString(),
                key,
                versions.isEmpty() ? key : versions.get(versions.size() - 1).description(),
                String.join(
                        "; ",
                        versions.stream()
                                .map(v -> v.version() + ": " + v.period())
                                .toList()))));
        this.date = date;
        this.key = key;
    }

    public LocalDate date() {
        return date;
    }

    public String key() {
        return key;
    }
}
