package vn.khoidn.portal.application.figure;

import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.khoidn.domain.testing.Seeds;
import vn.khoidn.portal.infrastructure.persistence.DatabaseSettings;
import vn.khoidn.portal.testsupport.MariaDbServer;

/**
 * The figure store's central property on MariaDB through MySQL Connector/J: the slower variant of
 * {@link FigureStorePropertiesTest}, with fewer seeds ({@code -Dproperties.db.seeds=…} for more).
 */
class FigureStorePropertiesIT {

  @BeforeAll
  static void schema() throws Exception {
    FigureStorePropertiesTest.start(
        new DatabaseSettings(
            MariaDbServer.createScratchDatabase("figures"),
            MariaDbServer.USER,
            MariaDbServer.PASSWORD));
  }

  @AfterAll
  static void stop() {
    FigureStorePropertiesTest.stop();
  }

  static LongStream seeds() {
    return Seeds.seeds().limit(Integer.getInteger("properties.db.seeds", 40));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void backLoadsThroughTheStoreKeepEveryFigureOnceOnMariaDb(long seed) {
    Seeds.replayable(seed, () -> FigureStorePropertiesTest.property(seed));
  }
}
