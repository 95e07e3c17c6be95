package org.advance.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

/**
 * Every dependency points inward: {@code interfaces} and {@code infrastructure} depend on
 * {@code application}, which depends on {@code domain} and on the ports it owns; nothing points
 * back. Here, in the web module's tests, because only here are the classes of both modules (the EJB
 * module's and the web module's) on one class path.
 */
@AnalyzeClasses(packages = "org.advance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "org.advance.domain..";
    private static final String APPLICATION = "org.advance.application..";
    /** The services, AccessGuard, Caller: the application's own package, without its subpackages. */
    private static final String SERVICES = "org.advance.application";
    private static final String PORTS = "org.advance.application.port..";
    private static final String INFRASTRUCTURE = "org.advance.infrastructure..";
    private static final String INTERFACES = "org.advance.interfaces..";

    @ArchTest
    static final ArchRule theDomainDependsOnNothingOfTheApplication = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, INFRASTRUCTURE, INTERFACES)
            .because("the domain is the model and its rules, free of any layer around it");

    @ArchTest
    static final ArchRule theApplicationDependsOnlyOnTheDomainAndItsOwnPorts = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE, INTERFACES)
            .because("the application reaches the database, the mail and the batch runtime through its ports");

    @ArchTest
    static final ArchRule theApplicationRunsNoQueryOfItsOwn = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().callMethodWhere(target(nameStartingWith("create"))
                    .and(target(owner(assignableTo(EntityManager.class)))))
            .because("every query is in one repository of infrastructure.persistence, typed; services pass values");

    @ArchTest
    static final ArchRule portsKnowNoService = noClasses()
            .that().resideInAPackage(PORTS)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .because("a port is what a service needs, and is implemented without knowing who calls it");

    @ArchTest
    static final ArchRule portsAreInterfacesOrValues = classes()
            .that().resideInAPackage(PORTS).and().areNotAnnotatedWith(Deprecated.class)
            .and().doNotHaveSimpleName("package-info")
            .should().beInterfaces().orShould().beRecords();

    @ArchTest
    static final ArchRule theInfrastructureImplementsPortsAndCallsNoService = noClasses()
            .that().resideInAPackage(INFRASTRUCTURE)
            .should().dependOnClassesThat().resideInAnyPackage(SERVICES, INTERFACES)
            .because("the infrastructure implements the application's ports; rights are checked by the"
                    + " services (AccessGuard, Caller), never below them");

    @ArchTest
    static final ArchRule theInterfacesCallTheApplicationOnly = noClasses()
            .that().resideInAPackage(INTERFACES)
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE, PORTS)
            .because("pages and the HTTP API call the application's services, which check every access");

    @ArchTest
    static final ArchRule viewsHoldNoEntity = noClasses()
            .that().resideInAPackage(INTERFACES)
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .because("views and the HTTP API see DTOs, never entities");

    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("org.advance.(**)")
            .should().beFreeOfCycles();
}
