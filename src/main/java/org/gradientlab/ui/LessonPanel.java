package org.gradientlab.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.gradientlab.lesson.Lesson;
import org.gradientlab.lesson.LessonProblem;
import org.gradientlab.lesson.LessonStep;
import org.gradientlab.viewmodel.DisplayModel;
import org.gradientlab.viewmodel.LessonsModel;

/**
 * The lesson browser and reader. The browser lists the lessons of the folder and, in red, every
 * file that did not load with its line and reason. The reader shows one step: its text with
 * typeset formulas, the question for the student, and the step's claims with the engine's verdict;
 * Previous / Next move through the steps, each applying its scene.
 */
public final class LessonPanel extends VBox {

  private static final System.Logger LOG = System.getLogger(LessonPanel.class.getName());

  private final LessonsModel model;
  private final DisplayModel display;
  private final VBox browser = new VBox(8);
  private final VBox reader = new VBox(8);
  private final VBox problemsBox = new VBox(4);
  private final ListView<Lesson> list = new ListView<>();
  private final Label lessonTitle = new Label();
  private final Label stepCounter = new Label();
  private final Label stepTitle = new Label();
  static final double BODY_SIZE = 15;
  /** Heading sizes relative to the body text. */
  static final double LESSON_TITLE_SIZE = 1.2;
  static final double STEP_TITLE_SIZE = 1.15;
  private final VBox stepBody = new VBox(12);
  private final VBox claimsBox = new VBox(4);
  private final Label notice = new Label();
  private final PredictionBox predictionBox;

  public LessonPanel(LessonsModel model, DisplayModel display) {
    this.model = model;
    this.display = display;
    predictionBox = new PredictionBox(model.prediction(), this::fontSize, this::textColor,
        model.prediction().sliderChanges(), model.prediction()::sliderValue);
    getStyleClass().add("lesson-panel");
    setSpacing(8);
    setPadding(new Insets(12));
    buildBrowser();
    buildReader();
    StackPane pages = new StackPane(browser, reader);
    VBox.setVgrow(pages, Priority.ALWAYS);
    getChildren().addAll(watchNotice(), pages);
    followModel();
    setPrefWidth(400);
    setMinWidth(300);
    setMaxWidth(520);
  }

  /** Says, above both pages, when edits on disk are not being followed. */
  private Label watchNotice() {
    Label watch = new Label();
    watch.setId("lesson-watch");
    watch.getStyleClass().add("status-error");
    watch.setWrapText(true);
    watch.setGraphic(Icons.of("mdi2e-eye-off-outline"));
    watch.textProperty().bind(model.watchProblemProperty());
    watch.visibleProperty().bind(model.watchProblemProperty().isNotEmpty());
    watch.managedProperty().bind(watch.visibleProperty());
    return watch;
  }

  /** The list of lessons and, below it, every file that did not load with its line and reason. */
  private void buildBrowser() {
    Label header = new Label("LESSONS");
    header.getStyleClass().add("section-title");
    Label folder = new Label();
    folder.getStyleClass().add("hint");
    folder.textProperty().bind(Bindings.createStringBinding(
        () -> model.folderProperty().get() == null ? "no lessons folder" : model.folderProperty().get().toString(),
        model.folderProperty()));
    list.setId("lesson-list");
    header.setLabelFor(list);
    list.setItems(model.lessons());
    list.setCellFactory(v -> new LessonCell());
    model.progressVersionProperty().addListener((o, a, b) -> list.refresh());
    list.setOnMouseClicked(e -> {
      Lesson l = list.getSelectionModel().getSelectedItem();
      if (l != null && e.getClickCount() >= 1) {
        model.open(l);
      }
    });
    list.setOnKeyPressed(e -> {
      Lesson l = list.getSelectionModel().getSelectedItem();
      if (l != null && (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE)) {
        model.open(l);
        e.consume();
      }
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    problemsBox.setId("lesson-problems");
    model.problems().addListener((ListChangeListener<LessonProblem>) c -> showProblems());
    showProblems();
    folder.setId("lesson-folder");
    folder.setWrapText(true);
    // Many broken files must not push the list away: their problems scroll in at most 40 %.
    ScrollPane problems = new ScrollPane(problemsBox);
    problems.setFitToWidth(true);
    problems.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    problems.getStyleClass().add("lesson-problems-scroll");
    problems.prefHeightProperty().bind(Bindings.min(problemsBox.heightProperty().add(6),
        browser.heightProperty().multiply(0.4)));
    problems.minHeightProperty().bind(problems.prefHeightProperty());
    problems.maxHeightProperty().bind(problems.prefHeightProperty());
    list.setMinHeight(120);
    problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
    problems.managedProperty().bind(problems.visibleProperty());
    Button reset = new Button("Reset progress", Icons.of("mdi2b-backup-restore"));
    reset.setId("lesson-reset-progress");
    reset.setTooltip(new Tooltip("Forget which steps you opened and how you answered the predictions"
        + " (kept on this computer only)"));
    reset.setOnAction(e -> model.resetProgress());
    browser.getChildren().addAll(header, folderRow(folder), list, problems, reset);
    VBox.setVgrow(browser, Priority.ALWAYS);
  }

  /** One step: title, text, question and claims; the navigation and the save button below. */
  private void buildReader() {
    Button back = new Button("All lessons", Icons.of("mdi2c-chevron-left"));
    back.setId("lesson-back");
    back.setOnAction(e -> model.close());
    lessonTitle.getStyleClass().add("lesson-title");
    lessonTitle.setWrapText(true);
    lessonTitle.setMinHeight(Region.USE_PREF_SIZE); // a long title wraps instead of being cut off
    lessonTitle.setId("lesson-title");
    stepCounter.getStyleClass().add("hint");
    stepCounter.setId("step-counter");
    stepTitle.getStyleClass().add("step-title");
    stepTitle.setWrapText(true);
    stepTitle.setId("step-title");
    claimsBox.setId("lesson-claims");
    VBox content = new VBox(10, stepCounter, stepTitle, stepBody, claimsBox);
    content.setPadding(new Insets(4, 6, 12, 2));
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.setId("lesson-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    Button save = new Button("Save current setup as a step…", Icons.of("mdi2c-content-save-outline"));
    save.setId("lesson-save");
    save.setMaxWidth(Double.MAX_VALUE);
    save.setOnAction(e -> new SaveStepDialog(model).askAndSave());
    notice.getStyleClass().add("hint");
    notice.setWrapText(true);
    notice.setId("lesson-notice");
    notice.textProperty().bind(model.noticeProperty());
    reader.getChildren().addAll(back, lessonTitle, scroll, navigation(), save, notice);
    VBox.setVgrow(reader, Priority.ALWAYS);
  }

  /** Previous, back to the step's scene, Next. */
  private HBox navigation() {
    Button previous = new Button("Previous", Icons.of("mdi2c-chevron-left"));
    previous.setId("lesson-previous");
    previous.setOnAction(e -> model.previous());
    previous.disableProperty().bind(model.stepIndexProperty().isEqualTo(0));
    Button next = new Button("Next", Icons.of("mdi2c-chevron-right"));
    next.setId("lesson-next");
    next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
    next.setOnAction(e -> model.next());
    next.disableProperty().bind(Bindings.createBooleanBinding(() -> model.currentProperty().get() == null
        || model.stepIndexProperty().get() >= model.currentProperty().get().steps().size() - 1,
        model.currentProperty(), model.stepIndexProperty()));
    Button restore = new Button(null, Icons.of("mdi2r-restore"));
    restore.setId("lesson-restore");
    restore.setTooltip(new Tooltip("Back to this step's scene"));
    restore.setAccessibleText("Back to this step's scene");
    restore.setOnAction(e -> model.restoreScene());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox nav = new HBox(6, previous, restore, spacer, next);
    nav.setAlignment(Pos.CENTER_LEFT);
    return nav;
  }

  /** Which page shows, and what redraws the step. */
  private void followModel() {
    browser.visibleProperty().bind(model.currentProperty().isNull());
    reader.visibleProperty().bind(model.currentProperty().isNotNull());
    model.currentProperty().addListener((o, a, b) -> showStep());
    model.stepIndexProperty().addListener((o, a, b) -> showStep());
    model.claims().addListener((ListChangeListener<LessonsModel.CheckedClaim>) c -> showClaims());
    model.prediction().answeredProperty().addListener((o, a, b) -> showClaims());
    model.prediction().predictionProperty().addListener((o, a, b) -> showClaims());
    display.lightProperty().addListener((o, a, b) -> showStep());
    display.presentationProperty().addListener((o, a, b) -> showStep());
  }

  /**
   * The folder's path, what it is ({@link #setFolderNote}) and whether edits there are followed,
   * with "Open folder" (shown once {@link #onOpenFolder} says how folders open).
   */
  private VBox folderRow(Label folder) {
    Button open = new Button("Open folder", Icons.of("mdi2f-folder-open-outline"));
    open.setId("lesson-open-folder");
    open.setTooltip(new Tooltip("Show the lessons folder in the file manager: edit or add lessons there"));
    open.visibleProperty().bind(openFolderShown.and(model.folderProperty().isNotNull()));
    open.managedProperty().bind(open.visibleProperty());
    open.setOnAction(e -> {
      if (opener != null && model.folderProperty().get() != null) {
        opener.accept(model.folderProperty().get().toAbsolutePath());
      }
    });
    Label note = new Label();
    note.setId("lesson-folder-note");
    note.getStyleClass().add("hint");
    note.setWrapText(true);
    note.textProperty().bind(Bindings.createStringBinding(() -> {
      String what = folderNote.get();
      String watched = model.folderProperty().get() == null ? ""
          : model.watchingProperty().get() ? "edits there show at once" : "edits there are not followed";
      return what.isEmpty() ? watched : watched.isEmpty() ? what : what + " · " + watched;
    }, folderNote, model.folderProperty(), model.watchingProperty()));
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox.setHgrow(folder, Priority.ALWAYS);
    HBox row = new HBox(6, folder, grow, open);
    row.setAlignment(Pos.CENTER_LEFT);
    return new VBox(2, row, note);
  }

  private final javafx.beans.property.StringProperty folderNote = new javafx.beans.property.SimpleStringProperty("");
  private final javafx.beans.property.BooleanProperty openFolderShown = new javafx.beans.property.SimpleBooleanProperty(false);
  private java.util.function.Consumer<java.nio.file.Path> opener;

  /** Shows "Open folder", which hands the lessons folder to {@code opener}. */
  public void onOpenFolder(java.util.function.Consumer<java.nio.file.Path> opener) {
    this.opener = opener;
    openFolderShown.set(opener != null);
  }

  /** What the folder is, e.g. "your lessons folder"; shown under its path. */
  public void setFolderNote(String note) {
    folderNote.set(note == null ? "" : note);
  }

  private Color textColor() {
    return display.lightProperty().get() ? Color.web("#1f2430") : Color.web("#d5dae3");
  }

  /** The body text's size: 15 px, a third larger in present mode. */
  double fontSize() {
    return BODY_SIZE * (display.presentationProperty().get() ? 1.35 : 1);
  }

  private void showProblems() {
    problemsBox.getChildren().clear();
    for (LessonProblem p : model.problems()) {
      Label l = new Label(p.toString());
      l.getStyleClass().add("status-error");
      l.setWrapText(true);
      problemsBox.getChildren().add(l);
    }
  }

  private void showStep() {
    Lesson lesson = model.currentProperty().get();
    LessonStep step = model.currentStep();
    stepBody.getChildren().clear();
    if (lesson == null || step == null) {
      return;
    }
    int index = model.stepIndexProperty().get();
    lessonTitle.setText(lesson.title());
    // Headings are sized from the body text, so present mode enlarges them with it (their sizes in
    // the style sheet were fixed and ended up below the enlarged text).
    lessonTitle.setStyle("-fx-font-size: " + fontSize() * LESSON_TITLE_SIZE + "px;");
    stepTitle.setStyle("-fx-font-size: " + fontSize() * STEP_TITLE_SIZE + "px;");
    stepCounter.setText("Step " + (index + 1) + " of " + lesson.steps().size());
    stepTitle.setText(step.title());
    if (index == 0 && !lesson.intro().isBlank()) {
      stepBody.getChildren().add(new MarkdownView(lesson.intro(), fontSize(), textColor()));
    }
    MarkdownView text = new MarkdownView(step.text(), fontSize(), textColor());
    text.setId("step-text");
    stepBody.getChildren().add(text);
    if (!step.question().isBlank()) {
      VBox question = new VBox(4);
      question.getStyleClass().add("lesson-question");
      question.setId("step-question");
      Label tryIt = new Label("Try it", Icons.of("mdi2g-gesture-tap"));
      tryIt.getStyleClass().add("lesson-question-title");
      question.getChildren().addAll(tryIt, new MarkdownView(step.question(), fontSize(), textColor()));
      stepBody.getChildren().add(question);
    }
    predictionBox.rebuild();
    stepBody.getChildren().add(predictionBox);
    showClaims();
  }

  private void showClaims() {
    claimsBox.getChildren().clear();
    LessonStep step = model.currentStep();
    if (step == null || step.claims().isEmpty()) {
      return;
    }
    Label title = new Label("What the lab shows (checked by the engine)");
    title.getStyleClass().add("hint");
    claimsBox.getChildren().add(title);
    if (model.prediction().predictionProperty().get() != null && !model.prediction().answeredProperty().get()) {
      Label later = new Label("shown once you have answered the prediction");
      later.getStyleClass().add("hint");
      claimsBox.getChildren().add(later);
      return;
    }
    if (model.claims().isEmpty()) {
      Label wait = new Label("checking…");
      wait.getStyleClass().add("hint");
      claimsBox.getChildren().add(wait);
      return;
    }
    for (LessonsModel.CheckedClaim c : model.claims()) {
      Label l = new Label(c.claim().text() + (c.verdict().holds() ? "" : " — but " + c.verdict().actual()),
          Icons.of(c.verdict().holds() ? "mdi2c-check-circle-outline" : "mdi2a-alert-circle-outline"));
      l.getStyleClass().add(c.verdict().holds() ? "claim-holds" : "claim-fails");
      l.setWrapText(true);
      claimsBox.getChildren().add(l);
    }
  }

  /**
   * "Opened 3/6 · predicted 2/6, 1 right first time" (steps opened, predictions answered, and how
   * many of those were right at the first answer), or "Not started".
   */
  static String progressLine(Lesson lesson, org.gradientlab.lesson.LessonProgress.Summary s) {
    if (s.isEmpty()) {
      return "Not started";
    }
    long predictions = lesson.steps().stream().filter(st -> st.prediction() != null).count();
    String line = "Opened " + s.opened().size() + "/" + lesson.steps().size();
    if (predictions > 0) {
      line += " · predicted " + s.answers().size() + "/" + predictions + ", " + s.rightFirstTime()
          + " right first time";
    }
    return line;
  }

  private final class LessonCell extends ListCell<Lesson> {
    @Override
    protected void updateItem(Lesson item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label title = new Label(item.number() + "  " + item.title());
      title.getStyleClass().add("lesson-list-title");
      title.setWrapText(true);
      Label summary = new Label(item.summary());
      summary.getStyleClass().add("hint");
      summary.setWrapText(true);
      Label progress = new Label(progressLine(item, model.progressOf(item)));
      progress.getStyleClass().addAll("hint", "lesson-progress");
      progress.setWrapText(true);
      VBox box = new VBox(2, title, summary, progress);
      box.setMaxWidth(360);
      setGraphic(box);
      setText(null);
    }
  }
}
