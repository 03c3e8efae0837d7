package cn.gov.baotou.talent.core.audit.control;

import cn.gov.baotou.talent.core.privacy.entity.EncryptedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.envers.NotAudited;

/**
 * An audited record's fields at one revision, as text: a related record by its id, and the encrypted personal data
 * (身份证号, phone) known only so far as to tell a change — it is shown masked, never in clear.
 */
public final class AuditedState {

    /** No record: before it was added, or after it was deleted. */
    public static final AuditedState NONE = new AuditedState(Map.of(), Set.of());

    private final Map<String, String> values;
    private final Set<String> personal;

    private AuditedState(Map<String, String> values, Set<String> personal) {
        this.values = values;
        this.personal = personal;
    }

    /** The entity's audited fields in declaration order; {@code identifier} gives a related entity's id. */
    public static AuditedState of(Object entity, Function<Object, Object> identifier) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> personal = new LinkedHashSet<>();
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = entity.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                if (!audited(f)) {
                    continue;
                }
                Object v = read(f, entity);
                boolean related = f.isAnnotationPresent(ManyToOne.class) || f.isAnnotationPresent(OneToOne.class);
                values.put(f.getName(), text(v != null && related ? identifier.apply(v) : v));
                Convert convert = f.getAnnotation(Convert.class);
                if (convert != null && convert.converter() == EncryptedText.class) {
                    personal.add(f.getName());
                }
            }
        }
        return new AuditedState(values, personal);
    }

    /** The fields that differ from this state to the next, in field order. */
    public List<FieldChange> changesTo(AuditedState next) {
        Set<String> fields = new LinkedHashSet<>(next.values.keySet());
        fields.addAll(values.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String before = values.get(field);
            String after = next.values.get(field);
            if (!Objects.equals(before, after)) {
                boolean mask = personal.contains(field) || next.personal.contains(field);
                changes.add(new FieldChange(field, mask ? masked(before) : before, mask ? masked(after) : after));
            }
        }
        return changes;
    }

    /** 110105********1234 for an ID number, 139****0001 for a phone, stars for anything shorter. */
    public static String masked(String clear) {
        if (clear == null) {
            return null;
        }
        int n = clear.length();
        if (n >= 15) {
            return clear.substring(0, 6) + "*".repeat(n - 10) + clear.substring(n - 4);
        }
        if (n >= 7) {
            return clear.substring(0, 3) + "*".repeat(n - 7) + clear.substring(n - 4);
        }
        return "*".repeat(n);
    }

    private static boolean audited(Field f) {
        int m = f.getModifiers();
        return !Modifier.isStatic(m)
                && !Modifier.isTransient(m)
                && !f.isSynthetic()
                && !f.isAnnotationPresent(Id.class)
                && !f.isAnnotationPresent(Version.class)
                && !f.isAnnotationPresent(Transient.class)
                && !f.isAnnotationPresent(NotAudited.class)
                && !Collection.class.isAssignableFrom(f.getType())
                && !Map.class.isAssignableFrom(f.getType());
    }

    private static Object read(Field f, Object entity) {
        try {
            f.setAccessible(true);
            return f.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + f, e);
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v.toString();
    }
}
