package vn.khoidn.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.registry.Sector;

class FormEntryTest {

  private static final Period Q1 = Period.parse("2021Q1");

  @Test
  void aTotalWithoutPartsCountsInTheOrganizationsOwnSector() {
    assertThat(FormEntry.total("A", Q1, "NEW_MEMBERS", 7).toDataValues())
        .containsExactly(DataValue.of("A", Q1, "NEW_MEMBERS", 7));
  }

  @Test
  void partsCountInTheirSectorsAndTheRestOfTheTotalInTheOwnSector() {
    FormEntry entry =
        new FormEntry(
            "DUK",
            Q1,
            "AWARENESS_TRAINEES",
            BigDecimal.valueOf(22),
            Map.of(Sector.NON_STATE, BigDecimal.valueOf(6)));

    assertThat(entry.toDataValues())
        .containsExactlyInAnyOrder(
            new DataValue("DUK", Q1, "AWARENESS_TRAINEES", Sector.NON_STATE, 6),
            new DataValue("DUK", Q1, "AWARENESS_TRAINEES", null, 16));
    assertThat(entry.toDataValues().stream().mapToLong(DataValue::value).sum()).isEqualTo(22);
  }

  @Test
  void partsThatMakeUpTheWholeTotalLeaveNothingForTheOwnSector() {
    FormEntry entry =
        new FormEntry(
            "DUK",
            Q1,
            "AWARENESS_TRAINEES",
            BigDecimal.valueOf(10),
            Map.of(Sector.STATE, BigDecimal.valueOf(4), Sector.CREDIT, BigDecimal.valueOf(6)));

    assertThat(entry.toDataValues())
        .extracting(DataValue::sector)
        .containsExactlyInAnyOrder(Sector.STATE, Sector.CREDIT);
  }

  @Test
  void aZeroTotalIsAFigureToo() {
    assertThat(FormEntry.total("A", Q1, "NEW_MEMBERS", 0).toDataValues())
        .containsExactly(DataValue.of("A", Q1, "NEW_MEMBERS", 0));
  }
}
