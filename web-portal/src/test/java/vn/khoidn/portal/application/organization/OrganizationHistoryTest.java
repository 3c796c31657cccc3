package vn.khoidn.portal.application.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.organization.HistoryEntry.Change;

/** An organization's history read back from the stored tree after the aggregate's changes. */
class OrganizationHistoryTest {

  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

  private final InMemoryTree store =
      new InMemoryTree()
          .with("BLOC", OrganizationKind.BLOC, null, START)
          .with("CO-A", OrganizationKind.GRASSROOTS_COMMITTEE, "BLOC", START)
          .with("CO-B", OrganizationKind.GRASSROOTS_COMMITTEE, "BLOC", START)
          .with("CELL-1", OrganizationKind.SUBORDINATE_CELL, "CO-A", START);

  private void change(java.util.function.Consumer<TreeHistory> changes) {
    TreeHistory tree = TreeHistory.of(store.loadForChange());
    changes.accept(tree);
    store.store(tree.events());
  }

  @Test
  void aMergedCommitteesHistoryHasItsRenameAndItsMergerAndTheSuccessorsHasTheTakeOver() {
    change(
        tree -> {
          tree.rename("CO-A", "Đảng bộ Công ty Hòa Bình", LocalDate.of(2023, 5, 1));
          tree.dissolve("CO-A", MERGER, "CO-B");
        });

    assertThat(OrganizationHistory.of(store.loadForChange(), "CO-A"))
        .extracting(
            HistoryEntry::on, HistoryEntry::change, HistoryEntry::name, HistoryEntry::others)
        .containsExactly(
            tuple(START, Change.ESTABLISHED, "Tổ chức CO-A", List.of("Tổ chức BLOC (BLOC)")),
            tuple(LocalDate.of(2023, 5, 1), Change.RENAMED, "Đảng bộ Công ty Hòa Bình", List.of()),
            tuple(MERGER, Change.MERGED_INTO, null, List.of("Tổ chức CO-B (CO-B)")));
    assertThat(OrganizationHistory.of(store.loadForChange(), "CO-B"))
        .extracting(HistoryEntry::change, HistoryEntry::others)
        .containsExactly(
            tuple(Change.ESTABLISHED, List.of("Tổ chức BLOC (BLOC)")),
            tuple(Change.TOOK_OVER, List.of("Đảng bộ Công ty Hòa Bình (CO-A)")));
    assertThat(OrganizationHistory.of(store.loadForChange(), "CELL-1"))
        .extracting(HistoryEntry::on, HistoryEntry::change, HistoryEntry::others)
        .containsExactly(
            tuple(START, Change.ESTABLISHED, List.of("Đảng bộ Công ty Hòa Bình (CO-A)")),
            tuple(MERGER, Change.MOVED, List.of("Tổ chức CO-B (CO-B)")));
  }

  @Test
  void aDissolutionWithoutSuccessorAndAnUnknownCode() {
    change(
        tree -> {
          tree.move("CELL-1", "CO-B", LocalDate.of(2022, 1, 1));
          tree.dissolve("CO-A", LocalDate.of(2022, 1, 1), null);
        });

    assertThat(OrganizationHistory.of(store.loadForChange(), "CO-A"))
        .extracting(HistoryEntry::change)
        .containsExactly(Change.ESTABLISHED, Change.DISSOLVED);
    assertThatThrownBy(() -> OrganizationHistory.of(store.loadForChange(), "NOWHERE"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Không có tổ chức mã NOWHERE.");
  }
}
