package cn.gov.baotou.talent.core.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.boundary.Permitted;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.entity.ActivityEntries;
import cn.gov.baotou.talent.core.audit.entity.ActivityEntry;
import cn.gov.baotou.talent.core.audit.entity.AuditTrail;
import cn.gov.baotou.talent.core.document.entity.Document;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;

/** Nobody can change history: the API only reads, and the feed's classes can only append. */
class AuditIsReadOnlyTest {

    @Test
    void theHistoryApiOffersNoWriteMethod() {
        for (Method m : AuditResource.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers())) {
                assertThat(m.isAnnotationPresent(GET.class)).as(m.getName()).isTrue();
                for (var write : List.of(POST.class, PUT.class, DELETE.class, PATCH.class)) {
                    assertThat(m.isAnnotationPresent(write)).as(m.getName()).isFalse();
                }
            }
        }
        assertThat(publicMethods(AuditHistory.class)).containsExactlyInAnyOrder("types", "of");
        assertThat(publicMethods(AuditTrail.class)).containsExactlyInAnyOrder("of", "identifier");
    }

    @Test
    void onlyTheCityOfficeReadsHistory() {
        assertThat(AuditHistory.class.getAnnotation(Permitted.class).value()).containsExactly(Role.CITY_OFFICE);
    }

    @Test
    void theActivityFeedCanOnlyBeAppendedTo() {
        assertThat(publicMethods(ActivityLog.class)).containsExactlyInAnyOrder("record", "entries");
        assertThat(publicMethods(ActivityEntries.class)).containsExactlyInAnyOrder("append", "of");
        assertThat(publicMethods(ActivityEntry.class)).noneMatch(n -> n.startsWith("set"));
        assertThat(ActivityEntry.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Document.class.isAnnotationPresent(Immutable.class)).isTrue();
    }

    @Test
    void anEntryJoinsTheTransactionOfItsTransition() throws NoSuchMethodException {
        for (Method m : ActivityLog.class.getDeclaredMethods()) {
            if (m.getName().equals("record")) {
                assertThat(m.getAnnotation(Transactional.class).value()).isEqualTo(Transactional.TxType.MANDATORY);
            }
        }
        assertThat(ActivityLog.class
                        .getMethod("entries", String.class, long.class)
                        .getAnnotation(Transactional.class)
                        .value())
                .isEqualTo(Transactional.TxType.SUPPORTS);
    }

    private static Set<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .map(Method::getName)
                .collect(Collectors.toSet());
    }
}
