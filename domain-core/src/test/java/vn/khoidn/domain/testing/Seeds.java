package vn.khoidn.domain.testing;

import java.util.stream.LongStream;

/**
 * The seeds a property test runs over, and the replay of one seed.
 *
 * <p>A property is a JUnit {@code @ParameterizedTest} over {@code @MethodSource(
 * "vn.khoidn.domain.testing.Seeds#seeds")}; its generator is a {@link java.util.Random} made from
 * the seed, so a seed always makes the same case. The count is {@value #DEFAULT_COUNT} in the
 * normal build, {@code -Dproperties.seeds=5000} (the {@code nightly} profile) for a longer run, and
 * {@code -Dproperties.seed=1234} replays one seed that failed.
 */
public final class Seeds {

  /** Seeds per property in the normal build. */
  public static final int DEFAULT_COUNT = 300;

  private Seeds() {}

  /**
   * The seeds to run.
   *
   * @return {@code properties.seed} alone if set, else the first {@code properties.seeds} seeds
   */
  public static LongStream seeds() {
    String one = System.getProperty("properties.seed");
    if (one != null && !one.isBlank()) {
      return LongStream.of(Long.parseLong(one.strip()));
    }
    int count = Integer.getInteger("properties.seeds", DEFAULT_COUNT);
    // Spread the seeds so that neighbouring runs do not start from similar generator states.
    return LongStream.range(0, count).map(i -> i * 0x9E3779B97F4A7C15L + 20_211L);
  }

  /** A property's body, which may throw. */
  @FunctionalInterface
  public interface Body {
    /**
     * Runs the property for a seed.
     *
     * @throws Exception if it fails
     */
    void run() throws Exception;
  }

  /**
   * Runs a property's body and, if it fails, fails with the seed and how to replay it.
   *
   * @param seed the seed
   * @param body the body
   */
  public static void replayable(long seed, Body body) {
    try {
      body.run();
    } catch (Throwable failure) {
      throw new AssertionError(
          "Property failed for seed "
              + seed
              + " (replay: mvn -pl domain-core test -Dproperties.seed="
              + seed
              + "): "
              + failure.getMessage(),
          failure);
    }
  }
}
