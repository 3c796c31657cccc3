package vn.khoidn.portal.application.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.PeriodType;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.rollup.Breakdown;
import vn.khoidn.domain.rollup.Dataset;
import vn.khoidn.domain.rollup.NodeResult;
import vn.khoidn.domain.rollup.Rollup;
import vn.khoidn.domain.rollup.RollupQuery;
import vn.khoidn.domain.rollup.RollupResult;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.domain.testing.RandomHistory;
import vn.khoidn.domain.testing.Seeds;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.infrastructure.persistence.ConfiguredDataSource;
import vn.khoidn.portal.infrastructure.persistence.DatabaseSettings;
import vn.khoidn.portal.infrastructure.persistence.FigureVersions;
import vn.khoidn.portal.infrastructure.persistence.JdbcFigureRepository;
import vn.khoidn.portal.infrastructure.persistence.SchemaMigration;
import vn.khoidn.portal.testsupport.ThreadBoundTransactions;

/**
 * The central property through the real figure store, on the embedded H2 with the portal's schema:
 * for any generated history (trees 1–7 levels deep, organizations established, dissolved, moved and
 * merged mid-year, figures at every granularity, some of a year beside its quarters, parts by
 * sector), sent as back-loads by several writers at once, some of them again with new values, while
 * forms own some of the cells:
 *
 * <ul>
 *   <li>each key is stored once, and the schema refuses a second row for it;
 *   <li>no organization has two granularities of one indicator in one year;
 *   <li>no back-load lands in a cell a form owns;
 *   <li>what is stored is exactly what the store's answers said (imported, updated, unchanged);
 *   <li>each key was imported by one writer only;
 *   <li>the roll-up of what is stored equals a naive recomputation on the tree as it stood.
 * </ul>
 *
 * <p>The MariaDB variant runs in the API tests: twenty identical imports at once.
 */
class FigureStorePropertiesTest {

  private static final int WRITERS = 3;
  private static final String PART_INDICATOR = RandomHistory.INDICATORS.get(1);

  private static ThreadBoundTransactions tx;
  private static FigureStore store;
  private static ExecutorService writers;

  @BeforeAll
  static void schema() throws Exception {
    start(
        new DatabaseSettings(
            "jdbc:h2:mem:figure-store;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";LOCK_TIMEOUT=30000;DB_CLOSE_DELAY=-1",
            "portal",
            ""));
  }

  /** Migrates a database and puts a figure store on it; the MariaDB variant calls it too. */
  static void start(DatabaseSettings settings) throws Exception {
    SchemaMigration.migrate(settings);
    tx = new ThreadBoundTransactions(new ConfiguredDataSource(settings));
    store =
        new FigureStore(
            new JdbcFigureRepository(tx),
            new FigureVersions(tx),
            new PortalClock(java.time.Clock.system(java.time.ZoneId.of(PortalClock.DEFAULT_ZONE))));
    // Every period's version row exists, as in a portal that has run for a while.
    tx.inTransaction(
        () -> {
          new FigureVersions(tx)
              .current(
                  CalendarPeriod.coveredBy(CalendarPeriod.year(RandomHistory.YEAR)).stream()
                      .map(CalendarPeriod::code)
                      .toList());
          return null;
        });
    writers = Executors.newFixedThreadPool(WRITERS);
  }

  @AfterAll
  static void stop() {
    writers.shutdownNow();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("vn.khoidn.domain.testing.Seeds#seeds")
  void backLoadsThroughTheStoreKeepEveryFigureOnce(long seed) {
    Seeds.replayable(seed, () -> property(seed));
  }

  static void property(long seed) throws Exception {
    RandomHistory h = RandomHistory.mixed(seed);
    Random r = new Random(seed * 31 + 7);
    clear();
    Map<String, Long> ids = organizations(h);
    Set<String> owned = forms(h, ids, r);

    List<FigureStore.Row> rows = rows(h, ids);
    Collections.shuffle(rows, r);
    List<List<FigureStore.Row>> batches = new ArrayList<>();
    int cut = rows.isEmpty() ? 0 : r.nextInt(rows.size() + 1);
    batches.add(new ArrayList<>(rows.subList(0, cut)));
    batches.add(new ArrayList<>(rows.subList(cut, rows.size())));
    List<FigureStore.Row> corrections = new ArrayList<>();
    for (FigureStore.Row row : rows) {
      if (r.nextInt(8) == 0) {
        corrections.add(
            new FigureStore.Row(
                row.line(),
                row.organizationId(),
                row.organizationCode(),
                row.period(),
                row.indicatorCode(),
                row.sector(),
                row.value().add(BigDecimal.ONE)));
      }
    }
    batches.add(corrections);

    Map<String, BigDecimal> expected = new ConcurrentHashMap<>();
    Map<String, Integer> importedBy = new ConcurrentHashMap<>();
    for (List<FigureStore.Row> batch : batches) {
      // Every batch is sent by several writers at once, as on a deadline day.
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        running.add(
            writers.submit(
                () -> {
                  send(batch, expected, importedBy);
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    }

    Map<String, BigDecimal> stored = new HashMap<>();
    Map<String, Integer> copies = new HashMap<>();
    List<DataValue> totals = new ArrayList<>();
    Map<String, Set<PeriodType>> granularities = new HashMap<>();
    Map<Long, String> codes = new HashMap<>();
    ids.forEach((code, id) -> codes.put(id, code));
    try (Connection c = tx.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT organization_id, period_code, indicator_code, sector, numeric_value,"
                    + " form_id FROM data_value")) {
      while (rs.next()) {
        Sector sector = rs.getString(4) == null ? null : Sector.valueOf(rs.getString(4));
        String key = key(rs.getLong(1), rs.getString(2), rs.getString(3), sector);
        stored.put(key, rs.getBigDecimal(5));
        copies.merge(key, 1, Integer::sum);
        assertThat(rs.getObject(6)).as("a back-load is on no form").isNull();
        CalendarPeriod p = CalendarPeriod.parse(rs.getString(2));
        granularities
            .computeIfAbsent(
                rs.getLong(1) + "|" + rs.getString(3) + "|" + p.year(), k -> new HashSet<>())
            .add(p.type());
        assertThat(owned)
            .as("a back-load never lands in a form's cell")
            .doesNotContain(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
        if (sector == null) {
          totals.add(DataValue.of(codes.get(rs.getLong(1)), p, rs.getString(3), rs.getLong(5)));
        }
      }
    }
    assertThat(copies.values()).as("each key is stored once").allMatch(n -> n == 1);
    assertThat(importedBy.values()).as("each key is imported by one writer").allMatch(n -> n == 1);
    assertThat(granularities)
        .as("one granularity per organization, indicator and year")
        .allSatisfy((group, types) -> assertThat(types).hasSize(1));
    assertThat(stored).as("what is stored is what the answers said").isEqualTo(expected);

    if (!stored.isEmpty()) {
      String any = List.copyOf(stored.keySet()).get(r.nextInt(stored.size()));
      String[] k = any.split("\\|", -1);
      assertThatThrownBy(() -> insertRaw(k))
          .as("the schema refuses a second row for a key")
          .isInstanceOf(SQLException.class);
    }

    Dataset data = Dataset.of(h.tree(), h.registry(), totals);
    for (CalendarPeriod period : h.queries()) {
      RollupResult result =
          Rollup.compute(
              new RollupQuery(h.rootCode(), period, RandomHistory.INDICATORS, Breakdown.NONE, null),
              data);
      for (NodeResult node : result.nodes()) {
        for (String indicator : RandomHistory.INDICATORS) {
          assertThat(node.indicator(indicator).total())
              .as("%s: %s %s %s", h, node.code(), period, indicator)
              .isEqualTo(h.naiveTotalOf(totals, node.code(), period, indicator, null));
        }
      }
    }
  }

  /** A writer that bypasses the store: the schema alone must refuse its copy of a figure. */
  private static void insertRaw(String[] key) throws SQLException {
    try (Connection c = tx.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO data_value (organization_id, period_code, indicator_code,"
                    + " sector, numeric_value, updated_at, updated_by) VALUES"
                    + " (?, ?, ?, ?, 1, ?, 'rogue')")) {
      s.setLong(1, Long.parseLong(key[0]));
      s.setString(2, key[1]);
      s.setString(3, key[2]);
      s.setString(4, key[3].isEmpty() ? null : key[3]);
      s.setTimestamp(5, Timestamp.from(Instant.now()));
      s.executeUpdate();
    }
  }

  /** Sends a batch as a staff member would: refused rows are taken out and the rest sent again. */
  private static void send(
      List<FigureStore.Row> batch,
      Map<String, BigDecimal> expected,
      Map<String, Integer> importedBy)
      throws Exception {
    List<FigureStore.Row> left = new ArrayList<>(batch);
    while (!left.isEmpty()) {
      List<FigureStore.Row> sending = List.copyOf(left);
      List<FigureStore.Result> results =
          tx.inTransaction(() -> store.backLoad("test", sending, false));
      assertThat(results).hasSize(sending.size());
      Set<Integer> refused = new HashSet<>();
      for (FigureStore.Result result : results) {
        if (result.outcome() == FigureStore.Outcome.REFUSED) {
          assertThat(result.message()).isNotBlank();
          refused.add(result.line());
        }
      }
      if (refused.isEmpty()) {
        synchronized (expected) {
          for (int i = 0; i < sending.size(); i++) {
            FigureStore.Row row = sending.get(i);
            String key =
                key(row.organizationId(), row.period().code(), row.indicatorCode(), row.sector());
            expected.put(key, row.value().setScale(4));
            if (results.get(i).outcome() == FigureStore.Outcome.IMPORTED) {
              importedBy.merge(key, 1, Integer::sum);
            }
          }
        }
        return;
      }
      left.removeIf(row -> refused.contains(row.line()));
    }
  }

  /** The history's figures as back-load rows: totals, and a part of some totals. */
  private static List<FigureStore.Row> rows(RandomHistory h, Map<String, Long> ids) {
    List<FigureStore.Row> rows = new ArrayList<>();
    Map<String, Long> totals = new HashMap<>();
    for (DataValue v : h.figures()) {
      if (v.sector() == null) {
        totals.put(
            v.organizationCode() + "|" + v.period().code() + "|" + v.indicatorCode(), v.value());
      }
    }
    int line = 2;
    for (DataValue v : h.figures()) {
      Long total =
          totals.get(v.organizationCode() + "|" + v.period().code() + "|" + v.indicatorCode());
      if (v.sector() != null && (total == null || !v.indicatorCode().equals(PART_INDICATOR))) {
        continue;
      }
      long value = v.sector() == null ? v.value() : Math.min(v.value(), total);
      rows.add(
          new FigureStore.Row(
              line++,
              ids.get(v.organizationCode()),
              v.organizationCode(),
              (CalendarPeriod) v.period(),
              v.indicatorCode(),
              v.sector(),
              BigDecimal.valueOf(value)));
    }
    return rows;
  }

  private static Map<String, Long> organizations(RandomHistory h) throws Exception {
    return tx.inTransaction(
        () -> {
          Map<String, Long> ids = new HashMap<>();
          try (Connection c = tx.getConnection();
              PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO organization (code, name, kind, sector, parent_id,"
                          + " established_on, dissolved_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      Statement.RETURN_GENERATED_KEYS)) {
            for (RandomHistory.Org o : h.organizations()) {
              String parent = h.parentOn(o.code(), o.established());
              s.setString(1, o.code());
              s.setString(2, "Tổ chức " + o.code());
              s.setString(3, o.kind().name());
              s.setString(4, o.sector().name());
              if (parent == null) {
                s.setNull(5, java.sql.Types.BIGINT);
              } else {
                s.setLong(5, ids.get(parent));
              }
              s.setDate(6, Date.valueOf(o.established()));
              s.setDate(7, o.dissolved() == null ? null : Date.valueOf(o.dissolved()));
              s.executeUpdate();
              try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                ids.put(o.code(), keys.getLong(1));
              }
            }
          }
          return ids;
        });
  }

  /**
   * Opens a round of a random quarter for the first indicator with forms for some grassroots
   * organizations; returns the cells they own (organization id, period, indicator).
   */
  private static Set<String> forms(RandomHistory h, Map<String, Long> ids, Random r)
      throws Exception {
    CalendarPeriod quarter = CalendarPeriod.quarter(RandomHistory.YEAR, 1 + r.nextInt(4));
    String indicator = RandomHistory.INDICATORS.get(0);
    return tx.inTransaction(
        () -> {
          Set<String> owned = new HashSet<>();
          try (Connection c = tx.getConnection()) {
            long round;
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO reporting_round (period_code, title, deadline, opened_by,"
                        + " opened_at) VALUES (?, 'Đợt', ?, 'test', ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
              s.setString(1, quarter.code());
              s.setDate(2, Date.valueOf(quarter.end().plusDays(15)));
              s.setTimestamp(3, Timestamp.from(Instant.now()));
              s.executeUpdate();
              try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                round = keys.getLong(1);
              }
            }
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO round_indicator (round_id, indicator_code, position)"
                        + " VALUES (?, ?, 0)")) {
              s.setLong(1, round);
              s.setString(2, indicator);
              s.executeUpdate();
            }
            FormStatus[] statuses = FormStatus.values();
            Set<OrganizationKind> grassroots =
                EnumSet.of(OrganizationKind.GRASSROOTS_COMMITTEE, OrganizationKind.GRASSROOTS_CELL);
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO report_form (round_id, organization_id, status)"
                        + " VALUES (?, ?, ?)")) {
              for (RandomHistory.Org o : h.organizations()) {
                if (!grassroots.contains(o.kind()) || r.nextBoolean()) {
                  continue;
                }
                s.setLong(1, round);
                s.setLong(2, ids.get(o.code()));
                s.setString(3, statuses[r.nextInt(statuses.length)].name());
                s.executeUpdate();
                owned.add(ids.get(o.code()) + "|" + quarter.code() + "|" + indicator);
                for (RandomHistory.Org child : h.organizations()) {
                  if (o.code().equals(h.parentOn(child.code(), child.established()))) {
                    owned.add(ids.get(child.code()) + "|" + quarter.code() + "|" + indicator);
                  }
                }
              }
            }
          }
          return owned;
        });
  }

  private static void clear() throws Exception {
    tx.inTransaction(
        () -> {
          try (Connection c = tx.getConnection();
              Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM data_value");
            s.executeUpdate("DELETE FROM report_form");
            s.executeUpdate("DELETE FROM round_indicator");
            s.executeUpdate("DELETE FROM reporting_round");
            s.executeUpdate("UPDATE organization SET parent_id = NULL");
            s.executeUpdate("DELETE FROM organization");
          }
          return null;
        });
  }

  private static String key(long org, String period, String indicator, Sector sector) {
    return org + "|" + period + "|" + indicator + "|" + (sector == null ? "" : sector.name());
  }
}
