package org.gradientlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.ForwardingObjective;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.plot.Heatmap;
import org.junit.jupiter.api.Test;

class LandscapeImageModelTest {

  /** Runs work and publication on the calling thread, counting how often work was started. */
  private static final class Counting implements Executor {
    int runs;

    @Override
    public void execute(Runnable r) {
      runs++;
      r.run();
    }
  }

  @Test
  void publishesTheHeatMapOfTheRequestAndComputesARepeatedRequestOnce() {
    Counting worker = new Counting();
    LandscapeImageModel model = new LandscapeImageModel(worker, Runnable::run);
    QuadraticBowl bowl = new QuadraticBowl(10, 30);
    LandscapeImageModel.Request r = new LandscapeImageModel.Request(bowl, Domain.square(3), 40, 30);
    model.request(r);
    model.request(new LandscapeImageModel.Request(bowl, Domain.square(3), 40, 30));
    Heatmap h = model.getHeatmap();
    assertThat(h.objective()).isSameAs(bowl);
    assertThat(h.view()).isEqualTo(Domain.square(3));
    assertThat(h.width()).isEqualTo(40);
    assertThat(h.height()).isEqualTo(30);
    assertThat(worker.runs).isEqualTo(1);
    assertThat(model.errorProperty().get()).isEmpty();
  }

  @Test
  void aFailureIsPublishedAsAnErrorTheLastGoodMapStaysAndAskingAgainRetries() {
    Counting worker = new Counting();
    LandscapeImageModel model = new LandscapeImageModel(worker, Runnable::run);
    QuadraticBowl bowl = new QuadraticBowl(1, 0);
    model.request(new LandscapeImageModel.Request(bowl, Domain.square(2), 20, 20));
    Heatmap good = model.getHeatmap();
    Objective broken = new ForwardingObjective(bowl) {
      @Override
      public double value(double[] theta) {
        throw new IllegalStateException("no value here");
      }
    };
    List<String> errors = new ArrayList<>();
    model.errorProperty().addListener((o, a, b) -> errors.add(b));
    LandscapeImageModel.Request bad = new LandscapeImageModel.Request(broken, Domain.square(2), 20, 20);
    model.request(bad);
    assertThat(errors).containsExactly("The landscape picture could not be computed: no value here");
    assertThat(model.getHeatmap()).isSameAs(good);
    model.request(bad);
    assertThat(worker.runs).isEqualTo(3);
    model.request(new LandscapeImageModel.Request(bowl, Domain.square(1), 20, 20));
    assertThat(model.errorProperty().get()).isEmpty();
  }

  @Test
  void aNewLandscapeShowsACoarsePictureFirstThatTheFineOneReplaces() {
    LandscapeImageModel model = new LandscapeImageModel(Runnable::run, Runnable::run);
    List<Heatmap> published = new ArrayList<>();
    model.heatmapProperty().addListener((o, a, b) -> published.add(b));
    QuadraticBowl bowl = new QuadraticBowl(1, 4);
    model.request(new LandscapeImageModel.Request(bowl, Domain.square(2), 400, 300));
    assertThat(published).extracting(Heatmap::width).containsExactly(100, 400);
    assertThat(published).extracting(Heatmap::height).containsExactly(75, 300);
    assertThat(published).allSatisfy(h -> assertThat(h.objective()).isSameAs(bowl));
    assertThat(model.getHeatmap()).isSameAs(published.get(1));
    // The same landscape in another view has a picture to stretch meanwhile: the fine one alone.
    model.request(new LandscapeImageModel.Request(bowl, Domain.square(1), 400, 300));
    assertThat(published).extracting(Heatmap::width).containsExactly(100, 400, 400);
    // A small picture comes at once.
    QuadraticBowl other = new QuadraticBowl(2, 4);
    model.request(new LandscapeImageModel.Request(other, Domain.square(1), 100, 100));
    assertThat(published).extracting(Heatmap::width).containsExactly(100, 400, 400, 100);
  }

  @Test
  void aCoarsePictureForARequestAlreadyReplacedIsNotShown() {
    List<Runnable> queued = new ArrayList<>();
    LandscapeImageModel model = new LandscapeImageModel(Runnable::run, queued::add);
    List<Heatmap> published = new ArrayList<>();
    model.heatmapProperty().addListener((o, a, b) -> published.add(b));
    QuadraticBowl first = new QuadraticBowl(1, 4);
    QuadraticBowl second = new QuadraticBowl(3, 4);
    model.request(new LandscapeImageModel.Request(first, Domain.square(2), 400, 300));
    model.request(new LandscapeImageModel.Request(second, Domain.square(2), 400, 300));
    queued.forEach(Runnable::run);
    assertThat(published).noneMatch(h -> h.objective() == first && h.width() == 100);
    assertThat(model.getHeatmap().objective()).isSameAs(second);
    assertThat(model.getHeatmap().width()).isEqualTo(400);
  }

  @Test
  void aViewAskedForAgainGetsItsKeptPictureAtOnceWithoutComputingIt() {
    Counting worker = new Counting();
    LandscapeImageModel model = new LandscapeImageModel(worker, Runnable::run);
    QuadraticBowl bowl = new QuadraticBowl(10, 30);
    LandscapeImageModel.Request near = new LandscapeImageModel.Request(bowl, Domain.square(3), 40, 30);
    LandscapeImageModel.Request far = new LandscapeImageModel.Request(bowl, Domain.square(6), 40, 30);
    model.request(near);
    Heatmap nearMap = model.getHeatmap();
    model.request(far);
    Heatmap farMap = model.getHeatmap();
    model.request(new LandscapeImageModel.Request(bowl, Domain.square(3), 40, 30));
    assertThat(model.getHeatmap()).isSameAs(nearMap);
    model.request(far);
    assertThat(model.getHeatmap()).isSameAs(farMap);
    assertThat(worker.runs).isEqualTo(2);
    // The kept picture is the one a computation gives now, pixel for pixel.
    Heatmap fresh = Heatmap.render(bowl, Domain.square(3), 40, 30, () -> false);
    assertThat(nearMap.argb()).isEqualTo(fresh.argb());
    assertThat(nearMap.contours()).isEqualTo(fresh.contours());
  }

  @Test
  void onlyTheLastFewPicturesAreKeptAndAnotherObjectiveIsNeverAnsweredFromThem() {
    Counting worker = new Counting();
    LandscapeImageModel model = new LandscapeImageModel(worker, Runnable::run);
    QuadraticBowl bowl = new QuadraticBowl(10, 30);
    for (int i = 1; i <= LandscapeImageModel.RECENT + 1; i++) {
      model.request(new LandscapeImageModel.Request(bowl, Domain.square(i), 20, 20));
    }
    model.request(new LandscapeImageModel.Request(bowl, Domain.square(1), 20, 20));
    assertThat(worker.runs).isEqualTo(LandscapeImageModel.RECENT + 2);
    QuadraticBowl same = new QuadraticBowl(10, 30);
    model.request(new LandscapeImageModel.Request(same, Domain.square(1), 20, 20));
    assertThat(model.getHeatmap().objective()).isSameAs(same);
    assertThat(worker.runs).isEqualTo(LandscapeImageModel.RECENT + 3);
  }

  @Test
  void aComputationInFlightDoesNotReplaceAKeptPictureAskedForAfterIt() {
    List<Runnable> work = new ArrayList<>();
    LandscapeImageModel model = new LandscapeImageModel(work::add, Runnable::run);
    QuadraticBowl bowl = new QuadraticBowl(10, 30);
    LandscapeImageModel.Request near = new LandscapeImageModel.Request(bowl, Domain.square(3), 40, 30);
    model.request(near);
    work.remove(0).run();
    Heatmap nearMap = model.getHeatmap();
    model.request(new LandscapeImageModel.Request(bowl, Domain.square(6), 40, 30));
    model.request(near);
    assertThat(model.getHeatmap()).isSameAs(nearMap);
    work.forEach(Runnable::run);
    assertThat(model.getHeatmap()).isSameAs(nearMap);
    assertThat(model.requested()).isEqualTo(near);
  }
}
