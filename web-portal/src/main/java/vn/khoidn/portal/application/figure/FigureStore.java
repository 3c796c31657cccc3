package vn.khoidn.portal.application.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Granularity;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.time.PortalClock;

/**
 * The one place figures are written: a form's draft, submission and correction, a staff member's
 * back-load, the Excel upload (through the form), and the demo data. It keeps three rules:
 *
 * <ul>
 *   <li><strong>One figure per key.</strong> (organization, period, indicator, sector cell) has one
 *       row; writing it again updates it or leaves it unchanged. The schema enforces it too.
 *   <li><strong>A form owns its figures.</strong> A figure of an organization, period and indicator
 *       that a form holds is changed on that form only: a back-load of it is refused, never added.
 *       A back-load for a period without forms is the figure.
 *   <li><strong>One granularity per organization, indicator and year</strong> ({@link
 *       Granularity#mixedWith}): a year's figure beside the same organization's quarters of that
 *       year is refused, naming the figures already there.
 * </ul>
 *
 * <p>Writers of the same year take turns: a back-load locks the year's periods' version rows
 * ({@link PeriodVersions#lock}) before it reads what is stored, so twenty identical imports at once
 * store each figure once, and the nineteen that come second find it unchanged.
 */
@ApplicationScoped
public class FigureStore {

  /** What happened to one row of a back-load. */
  public enum Outcome {
    /** A new figure. */
    IMPORTED,
    /** A figure that was there with another value. */
    UPDATED,
    /** A figure that was there with this value. */
    UNCHANGED,
    /** Not written; the result says why. */
    REFUSED
  }

  /**
   * A row of a back-load, checked for form.
   *
   * @param line the row's line in the file
   * @param organizationId the organization's id
   * @param organizationCode the organization's code
   * @param period the period
   * @param indicatorCode the indicator
   * @param sector the sector of a part, or null for a total
   * @param value the value
   */
  public record Row(
      int line,
      long organizationId,
      String organizationCode,
      CalendarPeriod period,
      String indicatorCode,
      Sector sector,
      BigDecimal value) {}

  /**
   * What happened to a row.
   *
   * @param line the row's line
   * @param outcome imported, updated, unchanged or refused
   * @param code why it was refused ({@code OWNED_BY_FORM}, {@code MIXED_GRANULARITY}), or null
   * @param message the reason in Vietnamese, or null
   */
  public record Result(int line, Outcome outcome, String code, String message) {}

  /**
   * A changed figure of a form, for its audit trail.
   *
   * @param subject organization/indicator[/sector]
   * @param oldValue the old value, or null
   * @param newValue the new value, or null
   */
  public record Change(String subject, String oldValue, String newValue) {}

  /**
   * A figure on a form that would mix granularities.
   *
   * @param organizationCode the block's organization
   * @param indicatorCode the indicator
   * @param message why, naming the figures already there
   */
  public record Conflict(String organizationCode, String indicatorCode, String message) {}

  /**
   * A form as the store needs it.
   *
   * @param id the form
   * @param periodCode its round's period
   * @param indicatorCodes the indicators on it
   */
  public record Form(long id, String periodCode, List<String> indicatorCodes) {}

  /**
   * A block of a form: an organization whose figures it holds.
   *
   * @param organizationId the organization's id
   * @param organizationCode its code
   */
  public record Block(long organizationId, String organizationCode) {}

  /** What a form holds for one organization and indicator. */
  public interface FormCells {
    /**
     * The typed total, or null.
     *
     * @param organizationCode the block
     * @param indicatorCode the indicator
     * @return the total
     */
    BigDecimal total(String organizationCode, String indicatorCode);

    /**
     * The typed sector parts.
     *
     * @param organizationCode the block
     * @param indicatorCode the indicator
     * @return the parts, by sector
     */
    Map<Sector, BigDecimal> parts(String organizationCode, String indicatorCode);

    /**
     * The explanation of a figure far from history, or null.
     *
     * @param organizationCode the block
     * @param indicatorCode the indicator
     * @return the explanation
     */
    String explanation(String organizationCode, String indicatorCode);
  }

  @Inject private FigureRepository figures;
  @Inject private PeriodVersions versions;
  @Inject private PortalClock clock;

  /** For CDI. */
  protected FigureStore() {}

  /**
   * A store outside a container.
   *
   * @param figures the repository
   * @param versions the period versions
   * @param clock the clock
   */
  public FigureStore(FigureRepository figures, PeriodVersions versions, PortalClock clock) {
    this.figures = figures;
    this.versions = versions;
    this.clock = clock;
  }

  /**
   * Back-loads figures: each row is imported, updated, left unchanged or refused. If any row is
   * refused nothing is written, so that a file is applied whole or not at all.
   *
   * @param by who imports
   * @param rows the rows, each key at most once
   * @param dryRun whether to check only
   * @return one result per row, in the rows' order
   */
  public List<Result> backLoad(String by, List<Row> rows, boolean dryRun) {
    Set<String> periods = new TreeSet<>();
    Set<Long> orgs = new HashSet<>();
    for (Row r : rows) {
      periods.add(r.period().code());
      orgs.add(r.organizationId());
    }
    Set<String> lattice = latticeOf(rows.stream().map(Row::period).toList());
    if (!dryRun) {
      lock(lattice);
    }
    Map<String, FigureRepository.Stored> stored = new HashMap<>();
    Map<String, Set<CalendarPeriod>> storedPeriods = new HashMap<>();
    Map<String, BigDecimal> storedTotals = new HashMap<>();
    for (FigureRepository.Stored s : figures.figuresOf(orgs, lattice)) {
      stored.put(key(s.organizationId(), s.periodCode(), s.indicatorCode(), s.sector()), s);
      CalendarPeriod p = CalendarPeriod.parse(s.periodCode());
      storedPeriods
          .computeIfAbsent(
              group(s.organizationId(), s.indicatorCode(), p.year()), k -> new HashSet<>())
          .add(p);
      if (s.sector() == null) {
        storedTotals.put(
            s.organizationId() + "|" + s.periodCode() + "|" + s.indicatorCode(), s.value());
      }
    }
    Map<String, FigureRepository.Owner> owners = new HashMap<>();
    for (FigureRepository.Owner o : figures.ownersIn(periods)) {
      owners.putIfAbsent(o.organizationId() + "|" + o.periodCode() + "|" + o.indicatorCode(), o);
    }
    Map<String, Set<CalendarPeriod>> batchPeriods = new HashMap<>();
    for (Row r : rows) {
      batchPeriods
          .computeIfAbsent(
              group(r.organizationId(), r.indicatorCode(), r.period().year()), k -> new HashSet<>())
          .add(r.period());
    }

    List<Result> results = new ArrayList<>(rows.size());
    List<FigureRepository.NewFigure> inserts = new ArrayList<>();
    List<FigureRepository.Update> updates = new ArrayList<>();
    Set<String> changedPeriods = new TreeSet<>();
    boolean refused = false;
    for (Row r : rows) {
      String code = r.period().code();
      FigureRepository.Owner owner =
          owners.get(r.organizationId() + "|" + code + "|" + r.indicatorCode());
      FigureRepository.Stored old =
          stored.get(key(r.organizationId(), code, r.indicatorCode(), r.sector()));
      if (owner != null || (old != null && old.formId() != 0)) {
        refused = true;
        results.add(new Result(r.line(), Outcome.REFUSED, "OWNED_BY_FORM", ownedMessage(r, owner)));
        continue;
      }
      String g = group(r.organizationId(), r.indicatorCode(), r.period().year());
      List<CalendarPeriod> mixedStored =
          Granularity.mixedWith(r.period(), storedPeriods.getOrDefault(g, Set.of()));
      List<CalendarPeriod> mixedInFile =
          Granularity.mixedWith(r.period(), batchPeriods.getOrDefault(g, Set.of()));
      if (!mixedStored.isEmpty() || !mixedInFile.isEmpty()) {
        refused = true;
        results.add(
            new Result(
                r.line(),
                Outcome.REFUSED,
                "MIXED_GRANULARITY",
                mixedMessage(r, mixedStored, mixedInFile, storedTotals)));
        continue;
      }
      if (old == null) {
        inserts.add(
            FigureRepository.NewFigure.backLoaded(
                r.organizationId(), code, r.indicatorCode(), r.sector(), r.value()));
        changedPeriods.add(code);
        results.add(new Result(r.line(), Outcome.IMPORTED, null, null));
      } else if (old.value().compareTo(r.value()) == 0) {
        results.add(new Result(r.line(), Outcome.UNCHANGED, null, null));
      } else {
        updates.add(new FigureRepository.Update(old.id(), r.value(), 0, null));
        changedPeriods.add(code);
        results.add(new Result(r.line(), Outcome.UPDATED, null, null));
      }
    }
    if (!refused && !dryRun && !changedPeriods.isEmpty()) {
      Instant now = clock.now();
      figures.insert(inserts, by, now);
      figures.update(updates, by, now);
      versions.changed(changedPeriods);
    }
    return results;
  }

  /**
   * Locks the periods' versions for a form's write, before the form row: every writer takes the
   * version rows first, in the order of their codes.
   *
   * @param periodCodes the periods
   */
  public void lock(Collection<String> periodCodes) {
    // Only a period seen for the first time needs its row made in a transaction of its own (and a
    // second connection): the usual writer takes the lock on the connection it already has, so
    // fifty writers of one form never wait for the pool while holding the lock.
    java.util.Set<String> missing = versions.missing(periodCodes);
    if (!missing.isEmpty()) {
      versions.ensure(missing);
    }
    versions.lock(periodCodes);
  }

  /**
   * Gives the periods new versions, after their figures or the status of their forms changed.
   *
   * @param periodCodes the periods
   */
  public void changed(Collection<String> periodCodes) {
    versions.changed(periodCodes);
  }

  /**
   * The figures a form would write that mix granularities with what the same organizations have
   * stored for other periods of the year.
   *
   * @param form the form
   * @param blocks the blocks being written
   * @param cells what the form holds
   * @return one conflict per organization and indicator; empty if none
   */
  public List<Conflict> conflicts(Form form, List<Block> blocks, FormCells cells) {
    CalendarPeriod period = CalendarPeriod.parse(form.periodCode());
    Map<String, Set<CalendarPeriod>> present = new HashMap<>();
    Map<String, BigDecimal> totals = new HashMap<>();
    for (FigureRepository.Stored s : figures.figuresOf(idsOf(blocks), latticeOf(List.of(period)))) {
      CalendarPeriod p = CalendarPeriod.parse(s.periodCode());
      present
          .computeIfAbsent(s.organizationId() + "|" + s.indicatorCode(), k -> new HashSet<>())
          .add(p);
      if (s.sector() == null) {
        totals.put(s.organizationId() + "|" + s.periodCode() + "|" + s.indicatorCode(), s.value());
      }
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (Block o : blocks) {
      for (String indicator : form.indicatorCodes()) {
        if (cells.total(o.organizationCode(), indicator) == null
            && cells.parts(o.organizationCode(), indicator).isEmpty()) {
          continue;
        }
        List<CalendarPeriod> mixed =
            Granularity.mixedWith(
                period, present.getOrDefault(o.organizationId() + "|" + indicator, Set.of()));
        if (!mixed.isEmpty()) {
          Row r =
              new Row(0, o.organizationId(), o.organizationCode(), period, indicator, null, null);
          conflicts.add(
              new Conflict(
                  o.organizationCode(), indicator, mixedMessage(r, mixed, List.of(), totals)));
        }
      }
    }
    return conflicts;
  }

  /**
   * Writes a form's typed figures for the given blocks: new cells are added, emptied cells removed,
   * changed cells updated. A back-loaded figure in one of the form's cells (loaded before the round
   * was opened) becomes the form's, with the form's value.
   *
   * @param by who typed them
   * @param form the form
   * @param blocks the blocks being written
   * @param cells what the form holds
   * @return the figures that changed, for the audit trail
   */
  public List<Change> writeForm(String by, Form form, List<Block> blocks, FormCells cells) {
    Map<String, FigureRepository.Stored> onForm = new HashMap<>();
    Map<String, FigureRepository.Stored> backLoaded = new HashMap<>();
    for (FigureRepository.Stored s : figures.figuresOf(idsOf(blocks), List.of(form.periodCode()))) {
      String key = key(s.organizationId(), "", s.indicatorCode(), s.sector());
      if (s.formId() == form.id()) {
        onForm.put(key, s);
      } else if (s.formId() == 0) {
        backLoaded.put(key, s);
      }
    }
    List<FigureRepository.NewFigure> inserts = new ArrayList<>();
    List<FigureRepository.Update> updates = new ArrayList<>();
    List<Long> deletes = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    for (Block o : blocks) {
      for (String indicator : form.indicatorCodes()) {
        Map<Sector, BigDecimal> parts = cells.parts(o.organizationCode(), indicator);
        List<Sector> cellsOfRow = new ArrayList<>();
        cellsOfRow.add(null);
        cellsOfRow.addAll(List.of(Sector.values()));
        for (Sector sector : cellsOfRow) {
          BigDecimal value =
              sector == null ? cells.total(o.organizationCode(), indicator) : parts.get(sector);
          String explanation =
              sector == null ? cells.explanation(o.organizationCode(), indicator) : null;
          String key = key(o.organizationId(), "", indicator, sector);
          String subject =
              o.organizationCode() + "/" + indicator + (sector == null ? "" : "/" + sector.name());
          FigureRepository.Stored existing = onForm.get(key);
          if (existing == null) {
            if (value == null) {
              continue;
            }
            FigureRepository.Stored loaded = backLoaded.get(key);
            if (loaded != null) {
              updates.add(new FigureRepository.Update(loaded.id(), value, form.id(), explanation));
              changes.add(new Change(subject, plain(loaded.value()), plain(value)));
            } else {
              inserts.add(
                  new FigureRepository.NewFigure(
                      o.organizationId(),
                      form.periodCode(),
                      indicator,
                      sector,
                      value,
                      form.id(),
                      explanation));
              changes.add(new Change(subject, null, plain(value)));
            }
          } else if (value == null) {
            deletes.add(existing.id());
            changes.add(new Change(subject, plain(existing.value()), null));
          } else {
            boolean valueChanged = existing.value().compareTo(value) != 0;
            if (valueChanged || !Objects.equals(existing.explanation(), explanation)) {
              updates.add(
                  new FigureRepository.Update(existing.id(), value, form.id(), explanation));
              if (valueChanged) {
                changes.add(new Change(subject, plain(existing.value()), plain(value)));
              }
            }
          }
        }
      }
    }
    Instant now = clock.now();
    figures.delete(deletes);
    figures.update(updates, by, now);
    figures.insert(inserts, by, now);
    return changes;
  }

  /**
   * Stores the demo data's figures, each on its form or back-loaded.
   *
   * @param demo the figures
   */
  public void demoFigures(List<FigureRepository.NewFigure> demo) {
    figures.insert(demo, "demo", clock.now());
  }

  private static List<Long> idsOf(List<Block> blocks) {
    return blocks.stream().map(Block::organizationId).toList();
  }

  /** Every period of the lattice of the years the periods fall in. */
  private static Set<String> latticeOf(Collection<CalendarPeriod> periods) {
    Set<Integer> years = new TreeSet<>();
    periods.forEach(p -> years.add(p.year()));
    Set<String> codes = new TreeSet<>();
    for (int y : years) {
      CalendarPeriod.coveredBy(CalendarPeriod.year(y)).forEach(p -> codes.add(p.code()));
    }
    return codes;
  }

  private static String ownedMessage(Row r, FigureRepository.Owner owner) {
    String form =
        owner == null
            ? "một biểu mẫu"
            : "biểu mẫu kỳ "
                + owner.periodCode()
                + " của "
                + owner.formOrganizationCode()
                + " (trạng thái \""
                + owner.status().vietnameseLabel()
                + "\")";
    return "Số liệu "
        + r.indicatorCode()
        + " kỳ "
        + r.period().code()
        + " của "
        + r.organizationCode()
        + " thuộc "
        + form
        + ": sửa trên biểu mẫu đó (đơn vị sửa khi biểu mẫu bị trả lại, Ban Tổ chức sửa sau khi"
        + " duyệt), không nhập đè hay cộng thêm.";
  }

  private static String mixedMessage(
      Row r,
      List<CalendarPeriod> stored,
      List<CalendarPeriod> inFile,
      Map<String, BigDecimal> totals) {
    StringBuilder there = new StringBuilder();
    for (CalendarPeriod p : stored) {
      if (there.length() > 0) {
        there.append(", ");
      }
      there.append(p.code());
      BigDecimal total = totals.get(r.organizationId() + "|" + p.code() + "|" + r.indicatorCode());
      if (total != null) {
        there.append(" (").append(plain(total)).append(')');
      }
    }
    StringBuilder message =
        new StringBuilder(r.organizationCode())
            .append(" đã có số liệu ")
            .append(r.indicatorCode())
            .append(" năm ")
            .append(r.period().year())
            .append(" theo kỳ khác");
    if (!stored.isEmpty()) {
      message.append(": ").append(there);
    }
    if (!inFile.isEmpty()) {
      message
          .append(stored.isEmpty() ? ": " : "; ")
          .append("trong tệp: ")
          .append(String.join(", ", inFile.stream().map(CalendarPeriod::code).toList()));
    }
    return message
        .append(". Không nhận số liệu kỳ ")
        .append(r.period().code())
        .append(": trong một năm, mỗi tổ chức báo cáo một chỉ tiêu theo một loại kỳ (năm, 6 tháng,")
        .append(" quý hoặc tháng), để không số liệu nào bị cộng hai lần.")
        .toString();
  }

  private static String key(long org, String period, String indicator, Sector sector) {
    return org + "|" + period + "|" + indicator + "|" + (sector == null ? "" : sector.name());
  }

  private static String group(long org, String indicator, int year) {
    return org + "|" + indicator + "|" + year;
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
