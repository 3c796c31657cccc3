package vn.khoidn.portal.application.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.domain.validation.FormEntry;

/**
 * The figures that count in a roll-up, period by period, as domain-core {@link DataValue}s: a
 * form's total and its parts become values as {@link FormEntry} says, never counted twice.
 *
 * <p>A national tree has hundreds of thousands of figures a quarter, too many to read on every
 * page. Each period's figures are kept in the {@link DerivedCache} as compact arrays under the
 * period's {@linkplain FigureSource#versions version}: a page reads the versions (one small query)
 * and reads figures from the database only for a period whose version changed since they were
 * cached. A figure accepted a moment ago is therefore in the next page, on every node.
 */
@ApplicationScoped
public class CountedFigures {

  /** FormEntry checks a period; the table holds one period, and the values get it when read. */
  private static final Period ANY_PERIOD = CalendarPeriod.year(2000);

  @Inject private FigureSource source;
  @Inject private DerivedCache cache;

  /** For CDI. */
  public CountedFigures() {}

  /**
   * Figures read from a given source through a given cache, outside a container.
   *
   * @param source the stored figures and their versions
   * @param cache the cache
   */
  public CountedFigures(FigureSource source, DerivedCache cache) {
    this.source = source;
    this.cache = cache;
  }

  /**
   * The figures of each period that count.
   *
   * @param statuses the statuses of the forms whose figures count (figures without a form always
   *     count)
   * @param periodCodes the periods
   * @param indicatorCodes the indicators
   * @param codeOfId the organizations' codes by id; a figure of an organization not in it is left
   *     out
   * @return each period's values, grouped by organization
   */
  public Map<String, List<DataValue>> byPeriod(
      List<FormStatus> statuses,
      Collection<String> periodCodes,
      List<String> indicatorCodes,
      Map<Long, String> codeOfId) {
    Map<String, List<DataValue>> result = new HashMap<>();
    if (periodCodes.isEmpty() || indicatorCodes.isEmpty()) {
      return result;
    }
    Map<String, Long> current = source.versions(periodCodes);
    String suffix = "|" + new TreeSet<>(statuses) + "|" + indicatorCodes;
    Map<String, String> keys = new HashMap<>();
    Map<String, String> codeOfKey = new HashMap<>();
    current.forEach(
        (code, version) -> {
          keys.put("figures|" + code + suffix, Long.toString(version));
          codeOfKey.put("figures|" + code + suffix, code);
        });
    Map<String, Table> tables =
        cache.getAll(
            keys,
            missing -> {
              List<String> codes = missing.stream().map(codeOfKey::get).toList();
              Map<String, Map<Long, List<Entry>>> read = read(statuses, codes, indicatorCodes);
              Map<String, Table> loaded = new HashMap<>();
              for (String key : missing) {
                loaded.put(
                    key, table(read.getOrDefault(codeOfKey.get(key), Map.of()), indicatorCodes));
              }
              return loaded;
            },
            Table::write,
            Table::read);
    for (String code : current.keySet()) {
      result.put(
          code,
          tables.get("figures|" + code + suffix).values(CalendarPeriod.parse(code), codeOfId));
    }
    return result;
  }

  /** Reads the stored figures of some periods: by period, by organization id, one entry a form. */
  private Map<String, Map<Long, List<Entry>>> read(
      List<FormStatus> statuses, Collection<String> periodCodes, List<String> indicatorCodes) {
    Map<String, Map<Long, List<Entry>>> byPeriod = new HashMap<>();
    Map<EntryKey, Entry> entries = new HashMap<>();
    source.read(
        statuses,
        periodCodes,
        indicatorCodes,
        (orgId, period, indicator, sector, value, form) -> {
          // One entry per organization, period and indicator: the schema holds one row per cell,
          // so a total and its parts are never counted twice, whichever form or back-load they are.
          EntryKey key = new EntryKey(orgId, period, indicator);
          Entry e = entries.get(key);
          if (e == null) {
            e = new Entry(indicator);
            entries.put(key, e);
            byPeriod
                .computeIfAbsent(period, k -> new HashMap<>())
                .computeIfAbsent(orgId, k -> new ArrayList<>())
                .add(e);
          }
          if (sector == null) {
            e.total = value;
          } else {
            e.parts().merge(sector, value, BigDecimal::add);
          }
        });
    return byPeriod;
  }

  /**
   * The period's values, ordered by organization: a form's total and its parts become values as
   * {@link FormEntry} says.
   */
  private static Table table(Map<Long, List<Entry>> byOrganization, List<String> indicatorCodes) {
    Map<String, Integer> indicatorIndex = new HashMap<>();
    for (int i = 0; i < indicatorCodes.size(); i++) {
      indicatorIndex.put(indicatorCodes.get(i), i);
    }
    Long[] organizations = byOrganization.keySet().toArray(Long[]::new);
    Arrays.sort(organizations);
    List<DataValue> values = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (Long org : organizations) {
      for (Entry e : byOrganization.get(org)) {
        for (DataValue v :
            new FormEntry(
                    "-", ANY_PERIOD, e.indicator, e.total, e.parts == null ? Map.of() : e.parts)
                .toDataValues()) {
          values.add(v);
          ids.add(org);
        }
      }
    }
    int n = values.size();
    Table t =
        new Table(
            indicatorCodes.toArray(String[]::new),
            new long[n],
            new byte[n],
            new byte[n],
            new long[n]);
    for (int i = 0; i < n; i++) {
      DataValue v = values.get(i);
      t.organizations[i] = ids.get(i);
      t.indicators[i] = (byte) (int) indicatorIndex.get(v.indicatorCode());
      t.sectors[i] = (byte) (v.sector() == null ? -1 : v.sector().ordinal());
      t.values[i] = v.value();
    }
    return t;
  }

  /** A period's values as arrays: organization id, indicator, sector (or -1), value. */
  private record Table(
      String[] indicatorCodes,
      long[] organizations,
      byte[] indicators,
      byte[] sectors,
      long[] values) {

    static void write(Table t, DataOutputStream out) throws IOException {
      out.writeInt(t.indicatorCodes.length);
      for (String code : t.indicatorCodes) {
        out.writeUTF(code);
      }
      DerivedCache.writeLongs(out, t.organizations);
      DerivedCache.writeBytes(out, t.indicators);
      DerivedCache.writeBytes(out, t.sectors);
      DerivedCache.writeLongs(out, t.values);
    }

    static Table read(DataInputStream in) throws IOException {
      String[] codes = new String[in.readInt()];
      for (int i = 0; i < codes.length; i++) {
        codes[i] = in.readUTF();
      }
      return new Table(
          codes,
          DerivedCache.readLongs(in),
          DerivedCache.readBytes(in),
          DerivedCache.readBytes(in),
          DerivedCache.readLongs(in));
    }

    /** The values, for the organizations the map knows. */
    List<DataValue> values(CalendarPeriod period, Map<Long, String> codeOfId) {
      Sector[] all = Sector.values();
      List<DataValue> result = new ArrayList<>(values.length);
      long lastId = Long.MIN_VALUE;
      String code = null;
      for (int i = 0; i < values.length; i++) {
        if (organizations[i] != lastId) {
          lastId = organizations[i];
          code = codeOfId.get(lastId);
        }
        if (code != null) {
          result.add(
              new DataValue(
                  code,
                  period,
                  indicatorCodes[indicators[i]],
                  sectors[i] < 0 ? null : all[sectors[i]],
                  values[i]));
        }
      }
      return result;
    }
  }

  /** What identifies one figure: organization, period and indicator. */
  private record EntryKey(long org, String period, String indicator) {}

  /** A figure being assembled from its total row and its part rows. */
  private static final class Entry {
    final String indicator;
    BigDecimal total;
    EnumMap<Sector, BigDecimal> parts;

    Entry(String indicator) {
      this.indicator = indicator;
    }

    EnumMap<Sector, BigDecimal> parts() {
      if (parts == null) {
        parts = new EnumMap<>(Sector.class);
      }
      return parts;
    }
  }
}
