package cn.gov.baotou.talent.core.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;

/** Every audited entity of core can be read through the history API, by one name and an id written as text. */
class AuditedTypesTest {

    @Test
    void everyAuditedEntityHasAHistoryType() throws IOException, URISyntaxException {
        Path classes = Path.of(Enterprise.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> audited;
        try (Stream<Path> files = Files.walk(classes)) {
            audited = files.map(classes::relativize)
                    .map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length())
                            .replace('/', '.')
                            .replace('\\', '.'))
                    .map(AuditedTypesTest::load)
                    .filter(c -> c.isAnnotationPresent(Audited.class))
                    .toList();
        }
        assertThat(audited).hasSizeGreaterThanOrEqualTo(5);
        assertThat(AuditedTypes.all().stream().map(AuditedTypes.Type::entity).toList())
                .as("add every @Audited entity to AuditedTypes")
                .containsAll(audited);
    }

    @Test
    void namesAreUniqueAndFoundExactly() {
        List<String> names =
                AuditedTypes.all().stream().map(AuditedTypes.Type::name).toList();
        assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z][a-z-]*"));
        assertThat(AuditedTypes.named("enterprise").orElseThrow().entity()).isEqualTo(Enterprise.class);
        assertThat(AuditedTypes.named("Enterprise")).isEmpty();
        assertThat(AuditedTypes.named(null)).isEmpty();
    }

    @Test
    void idsAreReadAsTheirEntityKeepsThem() {
        assertThat(AuditedTypes.id(AuditedTypes.named("person").orElseThrow(), " 42 "))
                .contains(42L);
        assertThat(AuditedTypes.id(AuditedTypes.named("calendar-year").orElseThrow(), "2025"))
                .contains(2025);
        assertThat(AuditedTypes.id(AuditedTypes.named("calendar-day").orElseThrow(), "2025-10-01"))
                .contains(LocalDate.of(2025, 10, 1));
        assertThat(AuditedTypes.id(AuditedTypes.named("account").orElseThrow(), "1; drop table"))
                .isEmpty();
        assertThat(AuditedTypes.id(AuditedTypes.named("calendar-day").orElseThrow(), null))
                .isEmpty();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AuditedTypesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
