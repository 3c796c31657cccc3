package vn.khoidn.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.khoidn.domain.organization.OrganizationKind.BLOC;
import static vn.khoidn.domain.organization.OrganizationKind.GRASSROOTS_CELL;
import static vn.khoidn.domain.organization.OrganizationKind.GRASSROOTS_COMMITTEE;
import static vn.khoidn.domain.organization.OrganizationKind.SUBORDINATE_CELL;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationTreeTest {

  private static final LocalDate START = LocalDate.of(2010, 1, 1);
  private static final LocalDate MOVE = LocalDate.of(2021, 7, 1);

  private OrganizationTree.Builder twoCommittees() {
    return OrganizationTree.builder()
        .add(Organization.of("DUK", "Đảng ủy Khối Doanh nghiệp tỉnh", BLOC, null, START))
        .add(
            Organization.of("DB-A", "Đảng bộ Công ty A", GRASSROOTS_COMMITTEE, "U-A", START), "DUK")
        .add(
            Organization.of("DB-B", "Đảng bộ Công ty B", GRASSROOTS_COMMITTEE, "U-B", START), "DUK")
        .add(
            Organization.of("CB-1", "Chi bộ Phân xưởng 1", SUBORDINATE_CELL, "U-A", START), "DB-A");
  }

  @Test
  void aMoveIsRecordedSoThePastTreeStaysAsItWas() {
    OrganizationTree tree = twoCommittees().move("CB-1", "DB-B", MOVE).build();

    assertThat(tree.parentOn("CB-1", MOVE.minusDays(1)).orElseThrow().code()).isEqualTo("DB-A");
    assertThat(tree.parentOn("CB-1", MOVE).orElseThrow().code()).isEqualTo("DB-B");
    assertThat(tree.childrenOn("DB-A", LocalDate.of(2021, 6, 30)))
        .extracting(Organization::code)
        .containsExactly("CB-1");
    assertThat(tree.childrenOn("DB-A", LocalDate.of(2021, 7, 1))).isEmpty();
    assertThat(tree.linksOf("CB-1")).hasSize(2);
  }

  @Test
  void aRenameKeepsTheOldNameForEarlierDays() {
    OrganizationTree tree = twoCommittees().rename("DB-A", "Đảng bộ Tổng Công ty A", MOVE).build();

    assertThat(tree.nameOn("DB-A", LocalDate.of(2020, 12, 31))).isEqualTo("Đảng bộ Công ty A");
    assertThat(tree.nameOn("DB-A", MOVE)).isEqualTo("Đảng bộ Tổng Công ty A");
  }

  @Test
  void aDissolvedOrganizationLeavesTheTreeFromItsDissolutionDay() {
    OrganizationTree tree = twoCommittees().dissolve("CB-1", MOVE).build();

    assertThat(tree.subtreeOn("DUK", MOVE.minusDays(1)))
        .extracting(Organization::code)
        .containsExactly("DUK", "DB-A", "CB-1", "DB-B");
    assertThat(tree.subtreeOn("DUK", MOVE))
        .extracting(Organization::code)
        .containsExactly("DUK", "DB-A", "DB-B");
    assertThat(tree.organization("CB-1").orElseThrow().existsOn(MOVE)).isFalse();
  }

  @Test
  void mergersAndSplitsRecordSuccessors() {
    OrganizationTree tree =
        twoCommittees()
            .add(
                Organization.of("DB-AB", "Đảng bộ Công ty AB", GRASSROOTS_COMMITTEE, "U-AB", MOVE),
                "DUK")
            .merge(List.of("DB-A", "DB-B"), "DB-AB", MOVE)
            .build();

    assertThat(tree.successorsOf("DB-A")).containsExactly("DB-AB");
    assertThat(tree.predecessorsOf("DB-AB")).containsExactlyInAnyOrder("DB-A", "DB-B");
    assertThat(tree.childrenOn("DUK", MOVE))
        .extracting(Organization::code)
        .containsExactly("DB-AB");
    assertThat(tree.childrenOn("DUK", MOVE.minusDays(1)))
        .extracting(Organization::code)
        .containsExactly("DB-A", "DB-B");
  }

  @Test
  void aSubordinateCellCannotSitDirectlyUnderTheBloc() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                twoCommittees()
                    .add(Organization.of("CB-X", "Chi bộ X", SUBORDINATE_CELL, null, START), "DUK"))
        .withMessageContaining("không thể trực thuộc");
  }

  @Test
  void aMoveThatWouldMakeACycleIsRefused() {
    OrganizationTree.Builder b =
        OrganizationTree.builder()
            .add(Organization.of("TU", "Tỉnh ủy", OrganizationKind.SUPERIOR_COMMITTEE, null, START))
            .add(
                Organization.of(
                    "BAN", "Ban cán sự", OrganizationKind.SUPERIOR_COMMITTEE, null, START),
                "TU");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> b.move("TU", "BAN", MOVE))
        .withMessageContaining("vòng lặp");
  }

  @Test
  void aMoveToAnOrganizationNotYetEstablishedIsRefused() {
    OrganizationTree.Builder b =
        twoCommittees()
            .add(
                Organization.of(
                    "DB-C", "Đảng bộ C", GRASSROOTS_COMMITTEE, null, LocalDate.of(2022, 1, 1)),
                "DUK");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> b.move("CB-1", "DB-C", MOVE))
        .withMessageContaining("không tồn tại");
  }

  @Test
  void duplicateCodesAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                twoCommittees()
                    .add(Organization.of("DB-A", "Trùng", GRASSROOTS_CELL, null, START), "DUK"))
        .withMessageContaining("đã tồn tại");
  }

  @Test
  void aSnapshotAnswersSubtreeQuestionsForItsDay() {
    OrganizationTree tree = twoCommittees().move("CB-1", "DB-B", MOVE).build();
    TreeSnapshot before = tree.snapshot(MOVE.minusDays(1));
    TreeSnapshot after = tree.snapshot(MOVE);
    int cell = tree.positionOf("CB-1");

    assertThat(before.isInSubtree(cell, tree.positionOf("DB-A"))).isTrue();
    assertThat(after.isInSubtree(cell, tree.positionOf("DB-A"))).isFalse();
    assertThat(after.isInSubtree(cell, tree.positionOf("DUK"))).isTrue();
  }
}
