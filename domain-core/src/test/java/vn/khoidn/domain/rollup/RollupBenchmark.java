package vn.khoidn.domain.rollup;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.khoidn.domain.registry.Sector;

/**
 * The in-memory roll-up of a synthetic national tree (60,000 organizations, 5 levels, 10
 * indicators, 4 sectors, one period), against the obvious recursive walk. Run with {@code mvn -pl
 * domain-core -Pbenchmark test-compile exec:exec}; the numbers are in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RollupBenchmark {

  @Param({"60000"})
  int organizations;

  NationalTree national;
  Dataset dataset;
  RollupQuery query;

  @Setup(Level.Trial)
  public void build() {
    national = new NationalTree(organizations, 10, 2021);
    dataset = national.dataset();
    query = national.query("TW");
  }

  @Benchmark
  public RollupResult rollup() {
    return Rollup.compute(query, dataset);
  }

  @Benchmark
  public Map<String, Map<String, Map<Sector, Long>>> recursiveWalk() {
    return RecursiveRollup.compute(query, dataset);
  }
}
