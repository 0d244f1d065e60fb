package org.gradientlab.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks whose names match the first argument (a regex; all by default), one fork,
 * short iterations: {@code mvn -q test-compile exec:exec@bench -Dbench=Race}.
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws RunnerException {
    String include = args.length > 0 && !args[0].isBlank() ? args[0] : ".*";
    Options options =
        new OptionsBuilder()
            .include("org\\.gradientlab\\.bench\\..*" + include + ".*")
            .forks(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .shouldFailOnError(true)
            .build();
    new Runner(options).run();
  }
}
