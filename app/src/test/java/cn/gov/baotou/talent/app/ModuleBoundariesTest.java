package cn.gov.baotou.talent.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.NotFound;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.TransactionAttribute;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ext.ExceptionMapper;

/** ARCHITECTURE.md's dependency rules, checked on the compiled modules as the WAR assembles them. */
@AnalyzeClasses(packages = "cn.gov.baotou.talent", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    private static final String CORE = "cn.gov.baotou.talent.core..";
    private static final String INTAKE = "cn.gov.baotou.talent.intake..";
    private static final String SERVICES_PLAN = "cn.gov.baotou.talent.servicesplan..";
    private static final String RARE_EARTH = "cn.gov.baotou.talent.rareearth..";
    private static final String REPORTING = "cn.gov.baotou.talent.reporting..";
    private static final String APP = "cn.gov.baotou.talent.app..";

    @ArchTest
    static final ArchRule coreDependsOnNoModule = noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INTAKE, SERVICES_PLAN, RARE_EARTH, REPORTING, APP)
            .because("core is shared by every module and knows none of them");

    @ArchTest
    static final ArchRule intakeSeesOnlyCore = noClasses()
            .that()
            .resideInAPackage(INTAKE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SERVICES_PLAN, RARE_EARTH, REPORTING, APP)
            .because("a policy module talks to another only through core");

    @ArchTest
    static final ArchRule servicesPlanSeesOnlyCore = noClasses()
            .that()
            .resideInAPackage(SERVICES_PLAN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INTAKE, RARE_EARTH, REPORTING, APP)
            .because("a policy module talks to another only through core");

    @ArchTest
    static final ArchRule rareEarthSeesOnlyCore = noClasses()
            .that()
            .resideInAPackage(RARE_EARTH)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INTAKE, SERVICES_PLAN, REPORTING, APP)
            .because("a policy module talks to another only through core");

    @ArchTest
    static final ArchRule reportingSeesOnlyCore = noClasses()
            .that()
            .resideInAPackage(REPORTING)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INTAKE, SERVICES_PLAN, RARE_EARTH, APP)
            .because("reporting reads every module through core's TargetProgressSource, never a module itself");

    @ArchTest
    static final ArchRule transactionalClassesAreBoundaries = classes()
            .that()
            .areAnnotatedWith(Transactional.class)
            .or()
            .areAnnotatedWith(TransactionAttribute.class)
            .should()
            .resideInAPackage("..boundary..")
            .allowEmptyShould(true)
            .because("transactions start and end in a component's boundary only");

    @ArchTest
    static final ArchRule transactionalMethodsAreInBoundaries = methods()
            .that()
            .areAnnotatedWith(Transactional.class)
            .or()
            .areAnnotatedWith(TransactionAttribute.class)
            .should()
            .beDeclaredInClassesThat()
            .resideInAPackage("..boundary..")
            .because("transactions start and end in a component's boundary only");

    @ArchTest
    static final ArchRule noGrabBagNames = noClasses()
            .should()
            .haveSimpleNameEndingWith("Impl")
            .orShould()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Manager")
            .because("a class is named for what it is");

    /** The platform kit's refusals and their problem+json mappers. */
    private static final String REFUSAL = "cn.gov.baotou.talent.core.refusal";

    @ArchTest
    static final ArchRule oneSetOfProblemMappers = classes()
            .that()
            .implement(ExceptionMapper.class)
            .should()
            .resideInAPackage(REFUSAL)
            .because("every refusal is answered as the same problem+json by core.refusal's mappers, found once in the"
                    + " core jar; a second mapper for a type would compete with them");

    @ArchTest
    static final ArchRule modulesThrowCoresRefusals = noClasses()
            .that()
            .resideOutsideOfPackage(CORE)
            .should()
            .beAssignableTo(Conflict.class)
            .orShould()
            .beAssignableTo(NotFound.class)
            .orShould()
            .beAssignableTo(Forbidden.class)
            .orShould()
            .haveSimpleNameEndingWith("Conflict")
            .orShould()
            .haveSimpleNameEndingWith("NotFound")
            .orShould()
            .haveSimpleNameEndingWith("Mapper")
            .because("a module refuses with core.refusal's Conflict, NotFound and Forbidden, naming its own bundle"
                    + " (new Conflict(new MessageRef(BUNDLE, key), …)); a class of its own would need a mapper of its"
                    + " own. (InvalidInput may be extended to carry more, as an import's rows; *Problems is left"
                    + " alone: KeyProblems is rare-earth's 重点问题.)");

    @ArchTest
    static final ArchRule entitiesLiveInEntityPackages = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .should()
            .resideInAPackage("..entity..")
            .because("boundary / control / entity: JPA entities are entities");

    // one clock: system-tests' WallClockTest checks every module's main and test classes for reads of the system's
    // time and named time zones, so the rule is written once there
}
