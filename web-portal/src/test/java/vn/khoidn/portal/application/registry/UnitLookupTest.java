package vn.khoidn.portal.application.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.registry.TaxCode;
import vn.khoidn.portal.application.InvalidInputException;

/** A host unit named in a file: by code, tax code or name as people write it. */
class UnitLookupTest {

  private static final HostUnit TAN_PHU =
      unit("HU-TANPHU", "Công ty TNHH Gỗ Tân Phú", "5801234567");
  private static final HostUnit BRANCH =
      unit("HU-BIDV-BL", "Chi nhánh BIDV Bảo Lộc", "0100150619001");
  private static final HostUnit HOA_1 = unit("HU-HOA1", "Công ty Hòa Bình", null);
  private static final HostUnit HOA_2 = unit("HU-HOA2", "Công  ty HÒA BÌNH ", null);
  private static final HostUnit HOA_NO_TONE = unit("HU-HOA", "Công ty Hoa Bình", null);

  private final UnitLookup lookup =
      UnitLookup.of(List.of(TAN_PHU, BRANCH, HOA_1, HOA_2, HOA_NO_TONE));

  @Test
  void findsAUnitByItsCodeInAnyCase() {
    assertThat(lookup.find(" hu-tanphu ")).isEqualTo(TAN_PHU);
  }

  @Test
  void findsAUnitByItsTaxCodeAndABranchWithOrWithoutTheDash() {
    assertThat(lookup.find("5801234567")).isEqualTo(TAN_PHU);
    assertThat(lookup.find("0100150619-001")).isEqualTo(BRANCH);
    assertThat(lookup.find("0100150619001")).isEqualTo(BRANCH);
  }

  @Test
  void findsAUnitByItsNameWhateverTheCaseSpacesOrUnicodeForm() {
    assertThat(lookup.find("công ty tnhh gỗ tân phú")).isEqualTo(TAN_PHU);
    assertThat(lookup.find("  CÔNG TY   TNHH GỖ TÂN PHÚ")).isEqualTo(TAN_PHU);
    String decomposed = Normalizer.normalize("Công ty TNHH Gỗ Tân Phú", Normalizer.Form.NFD);
    assertThat(lookup.find(decomposed)).isEqualTo(TAN_PHU);
  }

  @Test
  void tonesCountSoHoaIsNotHoa() {
    assertThat(lookup.find("công ty hoa bình")).isEqualTo(HOA_NO_TONE);
  }

  @Test
  void aNameTwoUnitsShareIsRefusedAsAmbiguousNamingBothCodes() {
    InvalidInputException e =
        catchThrowableOfType(() -> lookup.find("Công ty Hòa Bình"), InvalidInputException.class);

    assertThat(e.code()).isEqualTo("AMBIGUOUS_HOST_UNIT");
    assertThat(e.getMessage())
        .isEqualTo(
            "Có 2 đơn vị cùng tên \"Công ty Hòa Bình\" trong danh bạ (HU-HOA1, HU-HOA2): hãy ghi"
                + " mã đơn vị.");
  }

  @Test
  void anUnknownUnitIsRefusedNotCreatedWithTheThreeNearestNames() {
    InvalidInputException e =
        catchThrowableOfType(() -> lookup.find("Công ty Gỗ Tân Phú"), InvalidInputException.class);

    assertThat(e.code()).isEqualTo("UNKNOWN_HOST_UNIT");
    assertThat(e.getMessage())
        .isEqualTo(
            "Không có đơn vị \"Công ty Gỗ Tân Phú\" trong danh bạ (tìm theo mã, mã số thuế hoặc"
                + " tên); tệp tổ chức không tạo đơn vị mới: hãy thêm đơn vị vào danh bạ trước."
                + " Tên gần nhất: Công ty TNHH Gỗ Tân Phú (HU-TANPHU); Công ty Hoa Bình (HU-HOA);"
                + " Công ty Hòa Bình (HU-HOA1).");
  }

  @Test
  void anUnknownTaxCodeIsRefusedLikeAnUnknownName() {
    InvalidInputException e =
        catchThrowableOfType(() -> lookup.find("5809999999"), InvalidInputException.class);

    assertThat(e.code()).isEqualTo("UNKNOWN_HOST_UNIT");
    assertThat(e.getMessage()).startsWith("Không có đơn vị \"5809999999\" trong danh bạ");
  }

  private static HostUnit unit(String code, String name, String tax) {
    return new HostUnit(
        code,
        name,
        LegalForm.LIMITED_LIABILITY,
        Sector.NON_STATE,
        tax == null ? null : new TaxCode(tax),
        null,
        0,
        0,
        0,
        0,
        0,
        false,
        List.of());
  }
}
