package cn.gov.baotou.talent.systemtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * No code reads the wall clock, main or test, in any module: the platform's time is PlatformClock's {@code Clock}
 * (which {@code TALENT_CLOCK} starts on another day), a test's today is the tests' day ({@link TestDay}), and
 * elapsed time is {@code System.nanoTime()}. The rules of app's {@code ModuleBoundariesTest}, over the compiled main
 * and test classes of every module: this module is built last, so their {@code target/classes} and
 * {@code target/test-classes} are there; a folder that is missing or holds no class fails the test rather than letting
 * it pass on nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WallClockTest {

    /** Every module with Java code, and whether it has main classes (system-tests has tests only). */
    static final List<String> MODULES =
            List.of("core", "intake", "services-plan", "rare-earth", "reporting", "app", "system-tests");

    static final String PLATFORM_CLOCK = "cn.gov.baotou.talent.core.clock.boundary.PlatformClock";
    static final String BEIJING = "cn.gov.baotou.talent.core.clock.control.Beijing";

    private JavaClasses classes;

    @BeforeAll
    void importEveryModulesMainAndTestClasses() throws IOException {
        Path root = Path.of(System.getProperty("talent.root", ".."))
                .toAbsolutePath()
                .normalize();
        List<Path> folders = new ArrayList<>();
        for (String module : MODULES) {
            if (!module.equals("system-tests")) {
                folders.add(root.resolve(module).resolve("target/classes"));
            }
            folders.add(root.resolve(module).resolve("target/test-classes"));
        }
        for (Path folder : folders) {
            assertThat(folder)
                    .as("compiled classes of a module; build the modules first")
                    .isDirectory();
            try (Stream<Path> files = Files.walk(folder)) {
                assertThat(files.anyMatch(f -> f.toString().endsWith(".class")))
                        .as("class files in " + folder)
                        .isTrue();
            }
        }
        classes = new ClassFileImporter().importPaths(folders);
        for (Path folder : folders) {
            String uri = folder.toUri().toString();
            assertThat(classes.stream().anyMatch(c -> c.getSource()
                            .map(s -> s.getUri().toString().startsWith(uri))
                            .orElse(false)))
                    .as("classes imported from " + folder)
                    .isTrue();
        }
    }

    @Test
    void onlyThePlatformClockReadsTheSystemsTime() {
        onlyThePlatformClockReadsTheSystemsTime.check(classes);
    }

    @Test
    void onlyBeijingNamesTheTimeZone() {
        onlyBeijingNamesTheTimeZone.check(classes);
    }

    static final ArchRule onlyThePlatformClockReadsTheSystemsTime = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(PLATFORM_CLOCK)
            .should()
            .accessTargetWhere(readTheSystemsTime())
            .because("the platform's time is one Clock, PlatformClock's (TALENT_CLOCK starts it on another day for a"
                    + " demo or a test): inject the Clock or take it as an argument, and ask it (LocalDate.now(clock));"
                    + " a test's today is a fixed day or the tests' day, its elapsed time System.nanoTime()");

    static final ArchRule onlyBeijingNamesTheTimeZone = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(BEIJING)
            .should()
            .accessTargetWhere(nameATimeZone())
            .because("the platform's days are Beijing's: use Beijing.ZONE (or the Clock's zone)");

    /**
     * A call of (or a method reference to) what reads the system's time rather than a {@code Clock} given: the
     * {@code now()} and {@code now(ZoneId)} of {@code java.time}'s dates and times ({@code now(Clock)} is fine),
     * {@code Clock.system(ZoneId)}, {@code systemUTC()}, {@code systemDefaultZone()} and the {@code tick…(ZoneId)}
     * clocks, {@code System.currentTimeMillis()} and {@code new java.util.Date()}. The same rule as app's
     * {@code ModuleBoundariesTest}.
     */
    static DescribedPredicate<JavaAccess<?>> readTheSystemsTime() {
        return DescribedPredicate.describe(
                "read the system's time (now() without a Clock, Clock.system…/tick…, System.currentTimeMillis(),"
                        + " new Date())",
                access -> readsTheSystemsTime(access.getTarget()));
    }

    /** A call of (or a method reference to) {@code ZoneId.of}: a zone named by its string. */
    static DescribedPredicate<JavaAccess<?>> nameATimeZone() {
        return DescribedPredicate.describe("call ZoneId.of(String)", access -> {
            AccessTarget target = access.getTarget();
            return target instanceof AccessTarget.CodeUnitAccessTarget
                    && target.getOwner().getName().equals("java.time.ZoneId")
                    && target.getName().equals("of");
        });
    }

    private static final Set<String> NOW = Set.of(
            "java.time.LocalDate",
            "java.time.LocalDateTime",
            "java.time.LocalTime",
            "java.time.Instant",
            "java.time.ZonedDateTime",
            "java.time.OffsetDateTime",
            "java.time.OffsetTime",
            "java.time.Year",
            "java.time.YearMonth",
            "java.time.MonthDay");

    private static boolean readsTheSystemsTime(AccessTarget target) {
        if (!(target instanceof AccessTarget.CodeUnitAccessTarget unit)) {
            return false;
        }
        String owner = target.getOwner().getName();
        String name = target.getName();
        List<String> parameters =
                unit.getRawParameterTypes().stream().map(JavaClass::getName).toList();
        return switch (owner) {
            case "java.time.Clock" ->
                name.equals("system")
                        || name.equals("systemUTC")
                        || name.equals("systemDefaultZone")
                        || (name.startsWith("tick") && parameters.equals(List.of("java.time.ZoneId")));
            case "java.lang.System" -> name.equals("currentTimeMillis");
            case "java.util.Date" -> name.equals("<init>") && parameters.isEmpty();
            default -> NOW.contains(owner) && name.equals("now") && !parameters.equals(List.of("java.time.Clock"));
        };
    }
}
