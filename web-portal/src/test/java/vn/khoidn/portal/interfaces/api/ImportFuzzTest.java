package vn.khoidn.portal.interfaces.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.khoidn.domain.format.CountInput;
import vn.khoidn.domain.format.DateInput;
import vn.khoidn.domain.format.NameInput;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.testing.Seeds;
import vn.khoidn.portal.application.exchange.FormWorkbookService;
import vn.khoidn.portal.application.exchange.ValueRow;
import vn.khoidn.portal.testsupport.HostileInputs;

/**
 * The importers' readers under seeded hostile input, thousands of files per run: the CSV and JSON
 * bodies of the API ({@link Bodies}), the cells' parsers they feed (counts, periods, dates, names),
 * and the Excel form upload ({@link FormWorkbookService#read}). Every file is either read or
 * refused with a 4xx in words; nothing else escapes (no parser exception that would be a 500). The
 * HTTP side, with the database, is {@code ImportFuzzIT}.
 */
class ImportFuzzTest {

  private static final String CSV =
      "org,period,indicator,sector,value\n"
          + "CBCS-XOSO,2091Q1,NEW_MEMBERS,,3\n"
          + "CBCS-XOSO,2091Q1,AWARENESS_TRAINEES,NON_STATE,12\n"
          + "CBCS-BIDV,2091Q1,NEW_MEMBERS,,1\n";

  private static final String JSON =
      "[{\"org\":\"CBCS-XOSO\",\"period\":\"2091Q1\",\"indicator\":\"NEW_MEMBERS\",\"sector\":\"\",\"value\":\"3\"},\n"
          + "{\"org\":\"CBCS-BIDV\",\"period\":\"2091Q1\",\"indicator\":\"NEW_MEMBERS\",\"sector\":\"NON_STATE\",\"value\":1},\n"
          + "{\"code\":\"CB-FUZZ\",\"name\":\"Chi bộ Fuzz\",\"established\":\"2024-01-01\",\"value\":\"2\"}]";

  /** Files tried per seed and reader. */
  private static final int PER_SEED = 8;

  private static final AtomicLong TRIED = new AtomicLong();
  private static final AtomicLong READ = new AtomicLong();
  private static final AtomicLong REFUSED = new AtomicLong();

  private static final byte[] XLSX = workbook();

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("vn.khoidn.domain.testing.Seeds#seeds")
  void csvAndJsonBodiesAreReadOrRefusedWithA4xx(long seed) {
    Seeds.replayable(
        seed,
        () -> {
          Random random = new Random(seed);
          for (int i = 0; i < PER_SEED; i++) {
            boolean csv = random.nextBoolean();
            String body = HostileInputs.mutate(random, csv ? CSV : JSON);
            TRIED.incrementAndGet();
            try {
              List<Bodies.Row> rows =
                  Bodies.rows(
                      csv ? "text/csv" : "application/json",
                      (long) body.getBytes(StandardCharsets.UTF_8).length,
                      new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                      List.of("org", "period", "indicator", "sector", "value"));
              for (Bodies.Row r : rows) {
                cells(r.get("value"), r.get("period"), r.get("established"), r.get("name"));
              }
              READ.incrementAndGet();
            } catch (ApiException refused) {
              assertThat(refused.status()).as(refused.getMessage()).isBetween(400, 499);
              assertThat(refused.getMessage())
                  .isNotBlank()
                  .as("the parsers' own English stays in the log")
                  .doesNotContainIgnoringCase("exception")
                  .doesNotContain("Unexpected char", "line no=", "encapsulated", "EOF");
              REFUSED.incrementAndGet();
            }
          }
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("vn.khoidn.domain.testing.Seeds#seeds")
  void excelUploadsAreReadOrRefusedInVietnamese(long seed) {
    Seeds.replayable(
        seed,
        () -> {
          Random random = new Random(seed);
          FormWorkbookService reader = new FormWorkbookService();
          for (int i = 0; i < PER_SEED; i++) {
            byte[] file = HostileInputs.mutate(random, XLSX);
            TRIED.incrementAndGet();
            try {
              for (ValueRow r : reader.read(file)) {
                cells(r.value(), r.period(), "", "");
              }
              READ.incrementAndGet();
            } catch (IllegalArgumentException refused) {
              assertThat(refused.getMessage()).startsWith("Tệp");
              REFUSED.incrementAndGet();
            }
          }
        });
  }

  /** What the import services do with the cells: parse or refuse in words. */
  private static void cells(String value, String period, String date, String name) {
    refusedInWords(() -> CountInput.parse(value));
    refusedInWords(() -> CalendarPeriod.parse(period));
    if (!date.isEmpty()) {
      refusedInWords(() -> DateInput.parse(date, "ngày thành lập"));
    }
    if (!name.isEmpty()) {
      refusedInWords(() -> NameInput.check(name, "tên tổ chức"));
    }
  }

  private static void refusedInWords(Runnable parse) {
    try {
      parse.run();
    } catch (IllegalArgumentException refused) {
      assertThat(refused)
          .as("a refusal with a code, not a bare IllegalArgumentException")
          .isInstanceOf(vn.khoidn.domain.validation.InvalidValueException.class);
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  @AfterAll
  static void figures() {
    System.out.printf(
        "ImportFuzzTest: %,d files tried, %,d read, %,d refused with a 4xx, 0 other outcomes%n",
        TRIED.get(), READ.get(), REFUSED.get());
  }

  private static byte[] workbook() {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Biểu mẫu");
      String[][] cells = {
        {"org", "period", "indicator", "sector", "value"},
        {"CBCS-XOSO", "2091Q1", "NEW_MEMBERS", "", "3"},
        {"CBCS-XOSO", "2091Q1", "AWARENESS_TRAINEES", "NON_STATE", "12"}
      };
      for (int r = 0; r < cells.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          if (r > 0 && c == 4) {
            row.createCell(c).setCellValue(Double.parseDouble(cells[r][c]));
          } else {
            row.createCell(c).setCellValue(cells[r][c]);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
