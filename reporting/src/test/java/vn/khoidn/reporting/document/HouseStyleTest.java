package vn.khoidn.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HouseStyleTest {

  @Test
  void partyDocumentsUseA4WithTheMarginsOfInstruction36() {
    HouseStyle style = HouseStyle.partyDocument2018();

    assertThat(style.pageWidthMm()).isEqualTo(210);
    assertThat(style.pageHeightMm()).isEqualTo(297);
    assertThat(style.marginLeftMm()).isEqualTo(30);
    assertThat(style.marginRightMm()).isEqualTo(15);
    assertThat(style.fontFamily()).isEqualTo("Times New Roman");
    assertThat(style.bodyPt()).isEqualTo(14);
    assertThat(style.textWidthMm()).isEqualTo(165);
  }

  @Test
  void millimetresConvertToTheUnitsOfDocxAndPdf() {
    assertThat(HouseStyle.twips(25.4)).isEqualTo(1440);
    assertThat(HouseStyle.twips(20)).isEqualTo(1134);
    assertThat(HouseStyle.points(210)).isCloseTo(595.28f, within(0.01f));
  }

  @Test
  void marginsThatLeaveNoRoomForTextAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new HouseStyle(
                    "x", 210, 297, 20, 20, 120, 90, "Times New Roman", 14, 15, 15, 12, 14, 2))
        .withMessageContaining("no room");
  }
}
