package org.gradientlab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layers of Gradient Lab, checked over the compiled main classes: views → view models → engine,
 * never back; no JavaFX in the engine; no package cycles; only the command line prints.
 */
class MainArchitectureTest {

  /** Where JavaFX may be used: everything that draws, binds or talks to the window. */
  static final String[] UI_LAYERS = {
      "org.gradientlab.app..", "org.gradientlab.ui..", "org.gradientlab.viewmodel..",
      "org.gradientlab.lesson..", "org.gradientlab.export.."};

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.gradientlab");

  @Test
  void theEngineKnowsNothingOfJavaFxOrOfTheLayersAboveIt() {
    ArchRule rule = noClasses().that().resideOutsideOfPackages(UI_LAYERS)
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
        .orShould().dependOnClassesThat().resideInAnyPackage(UI_LAYERS)
        .because("every number the student sees must be computable and testable without a window");
    rule.check(MAIN);
  }

  @Test
  void viewModelsDoNotKnowTheViewsTheAppOrTheExports() {
    noClasses().that().resideInAPackage("org.gradientlab.viewmodel..")
        .should().dependOnClassesThat().resideInAnyPackage("org.gradientlab.ui..",
            "org.gradientlab.app..", "org.gradientlab.export..")
        .because("views observe view models, not the other way round")
        .check(MAIN);
  }

  @Test
  void packagesFormNoCycles() {
    slices().matching("org.gradientlab.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void onlyTheCommandLineWritesToStandardOutputOrError() {
    noClasses().that().doNotHaveFullyQualifiedName("org.gradientlab.app.CommandLine")
        .and().doNotHaveFullyQualifiedName("org.gradientlab.app.Main")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(Throwable.class, "printStackTrace")
        .because("failures are logged with System.Logger and shown where the user looks")
        .check(MAIN);
  }
}
