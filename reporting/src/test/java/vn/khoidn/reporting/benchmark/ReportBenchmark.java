package vn.khoidn.reporting.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.period.Resolution;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.rollup.Breakdown;
import vn.khoidn.domain.rollup.Dataset;
import vn.khoidn.domain.rollup.RegistryFigures;
import vn.khoidn.domain.rollup.Rollup;
import vn.khoidn.domain.rollup.RollupQuery;
import vn.khoidn.domain.rollup.RollupResult;
import vn.khoidn.reporting.document.DocxRenderer;
import vn.khoidn.reporting.document.HouseStyle;
import vn.khoidn.reporting.document.PdfRenderer;
import vn.khoidn.reporting.model.ReportDocument;
import vn.khoidn.reporting.review.IssuerSettings;
import vn.khoidn.reporting.review.Narratives;
import vn.khoidn.reporting.review.ReviewFigures;
import vn.khoidn.reporting.review.ReviewReportWriter;
import vn.khoidn.reporting.text.SentenceTemplates;
import vn.khoidn.reporting.xlsx.AnnexSheet;

/**
 * Report generation from figures in memory: roll-up, writing, DOCX, PDF and the XLSX annex with one
 * line per grassroots organization, for a bloc of 150 organizations and a synthetic national tree
 * of 60,000. Reading the figures from the database is measured by the portal's roll-up benchmark.
 *
 * <p>{@code mvn -pl reporting -am -Pbenchmark test-compile exec:exec}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class ReportBenchmark {

  private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);
  private static final List<String> INDICATORS =
      List.of(
          IndicatorCatalogue.NEW_MEMBERS,
          IndicatorCatalogue.AWARENESS_CLASSES,
          IndicatorCatalogue.AWARENESS_TRAINEES);

  @Param({"150", "60000"})
  int organizations;

  private Dataset data;
  private Period period;
  private IssuerSettings issuer;

  /** Builds the tree, one year of quarterly figures and a plan per grassroots organization. */
  @Setup
  public void setUp() {
    Random random = new Random(organizations);
    Sector[] sectors = Sector.values();
    OrganizationTree.Builder b = OrganizationTree.builder();
    List<HostUnit> units = new ArrayList<>();
    List<DataValue> values = new ArrayList<>();
    List<Plan> plans = new ArrayList<>();
    b.add(Organization.of("TOP", "Đảng ủy Khối", OrganizationKind.BLOC, null, LONG_AGO));
    int grassroots = (organizations - 1) / 5;
    int made = 1;
    for (int g = 0; g < grassroots && made < organizations; g++) {
      String code = "G" + g;
      boolean committee = g % 2 == 0;
      units.add(
          HostUnit.of("U" + g, "Công ty " + g, LegalForm.JOINT_STOCK, sectors[random.nextInt(4)]));
      LocalDate established = g % 50 == 7 ? LocalDate.of(2021, 6, 1) : LONG_AGO;
      b.add(
          Organization.of(
              code,
              (committee ? "Đảng bộ Công ty " : "Chi bộ Công ty ") + g,
              committee ? OrganizationKind.GRASSROOTS_COMMITTEE : OrganizationKind.GRASSROOTS_CELL,
              "U" + g,
              established),
          "TOP");
      made++;
      plans.add(new Plan(code, IndicatorCatalogue.NEW_MEMBERS, CalendarPeriod.year(2021), 3));
      List<String> reporters = new ArrayList<>();
      reporters.add(code);
      if (committee) {
        for (int c = 0; c < 8 && made < organizations; c++) {
          String cell = code + "-C" + c;
          b.add(
              Organization.of(
                  cell, "Chi bộ " + c, OrganizationKind.SUBORDINATE_CELL, "U" + g, LONG_AGO),
              code);
          reporters.add(cell);
          made++;
        }
      }
      for (String r : reporters) {
        for (int q = 1; q <= 4; q++) {
          for (String i : INDICATORS) {
            values.add(DataValue.of(r, CalendarPeriod.quarter(2021, q), i, random.nextInt(3)));
          }
        }
      }
    }
    data = new Dataset(b.build(), Registry.of(units), values, plans, List.of());
    period =
        new Resolution("04-NQ/ĐUK", LocalDate.of(2021, 1, 22), "phát triển đảng viên").review(1);
    issuer =
        new IssuerSettings(
            "ĐẢNG BỘ TỈNH LÂM ĐỒNG",
            "ĐẢNG ỦY KHỐI DOANH NGHIỆP",
            "Đảng ủy Khối",
            "Đảng bộ Khối Doanh nghiệp tỉnh",
            "Đảng bộ Khối",
            "BC/ĐUK",
            "Lâm Đồng",
            "T/M BAN THƯỜNG VỤ",
            "BÍ THƯ",
            "Hoàng Xuân Hường",
            List.of("- Lưu VP."));
  }

  /**
   * The whole report: roll-up, text, DOCX, PDF and annex.
   *
   * @return the files' total size, so that nothing is optimized away
   */
  @Benchmark
  public long wholeReport() {
    RollupResult result =
        Rollup.compute(new RollupQuery("TOP", period, INDICATORS, Breakdown.SECTOR, null), data);
    List<RegistryFigures.NewOrganization> created =
        RegistryFigures.newPartyOrganizations(data.tree(), data.registry(), "TOP", period);

    ReportDocument document =
        new ReviewReportWriter(SentenceTemplates.builtIn())
            .write(
                issuer,
                period,
                "25",
                LocalDate.of(2022, 1, 20),
                ReviewFigures.fromRegistry(
                    result.root(), created, data.tree(), data.registry(), period),
                Narratives.none());
    HouseStyle style = HouseStyle.partyDocument2018();
    return new DocxRenderer(style).render(document).length
        + new PdfRenderer(style).render(document).length
        + new AnnexSheet("Phụ lục", AnnexSheet.linesOf(result, created)).toXlsx().length;
  }
}
