package vn.khoidn.portal.application.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.khoidn.domain.eligibility.Coverage;
import vn.khoidn.domain.eligibility.CoverageBand;
import vn.khoidn.domain.eligibility.EligibilityRules;
import vn.khoidn.domain.eligibility.Thresholds;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.SocioPoliticalKind;
import vn.khoidn.domain.registry.TaxCode;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.audit.AuditEntry;
import vn.khoidn.portal.application.audit.AuditTrail;
import vn.khoidn.portal.application.organization.OrganizationRecord;
import vn.khoidn.portal.application.organization.StoredTree;
import vn.khoidn.portal.application.organization.TreeSource;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.application.time.PortalClock;

/**
 * The registry of host units and the development pipeline. The bloc's staff, standing committee and
 * administrators see it; staff and administrators edit it.
 */
@ApplicationScoped
public class RegistryService {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,39}");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy", java.util.Locale.forLanguageTag("vi-VN"));

  @Inject private HostUnitRepository units;
  @Inject private TreeSource rollupData;
  @Inject private AuditTrail audit;
  @Inject private StoredTree storedTree;
  @Inject private AccessPolicy access;
  @Inject private PortalClock clock;

  @Inject
  @ConfigProperty(name = "portal.thresholds.party-members", defaultValue = "3")
  int partyThreshold;

  @Inject
  @ConfigProperty(name = "portal.thresholds.youth-union-members", defaultValue = "3")
  int youthThreshold;

  @Inject
  @ConfigProperty(name = "portal.thresholds.trade-union-members", defaultValue = "5")
  int tradeThreshold;

  @Inject
  @ConfigProperty(name = "portal.youth-union-coverage.band", defaultValue = "80-90")
  String coverageBand;

  /** For CDI. */
  protected RegistryService() {}

  /**
   * A registry over its ports, e.g. in memory for a test; the pipeline needs the container.
   *
   * @param units the stored units
   * @param audit the audit trail
   * @param access who may do what
   * @param clock the clock
   */
  public RegistryService(
      HostUnitRepository units, AuditTrail audit, AccessPolicy access, PortalClock clock) {
    this.units = units;
    this.audit = audit;
    this.access = access;
    this.clock = clock;
  }

  /**
   * The stored units as domain-core sees them, for roll-ups and reports.
   *
   * @return the units
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<HostUnit> units() {
    return units.all().stream().map(RegisteredUnit::unit).toList();
  }

  /**
   * The registry and the pipeline on a day.
   *
   * @param username the user: staff, standing committee or administrator
   * @param day the day the tree and the organizations are read on
   * @return the pipeline
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Pipeline pipeline(String username, LocalDate day) {
    requireViewer(access.actor(username));
    List<OrganizationRecord> orgs = rollupData.organizations();
    OrganizationTree tree = storedTree.read(orgs);
    Map<String, String> partyOrgByUnit = new HashMap<>();
    for (OrganizationRecord o : orgs) {
      if (o.hostUnitCode() != null && o.existsOn(day) && o.kind().isGrassroots()) {
        partyOrgByUnit.put(o.hostUnitCode(), o.name());
      }
    }
    List<RegisteredUnit> stored = units.all();
    Registry registry = Registry.of(stored.stream().map(RegisteredUnit::unit).toList());
    EligibilityRules rules = new EligibilityRules(thresholds());
    Set<String> party = codes(rules.eligibleForPartyOrganization(registry, tree, day));
    Set<String> youth = codes(rules.eligibleForYouthUnion(registry, day));
    Set<String> trade = codes(rules.eligibleForTradeUnion(registry, day));
    CoverageBand band = band();
    Coverage coverage = rules.youthUnionCoverage(registry, tree, day, band);
    List<UnitRow> rows =
        stored.stream()
            .map(
                e -> {
                  HostUnit u = e.unit();
                  return new UnitRow(
                      u.code(),
                      u.name(),
                      u.legalForm(),
                      u.sector(),
                      u.tax().map(TaxCode::value).orElse(""),
                      u.district() == null ? "" : u.district(),
                      u.employees(),
                      u.officialPartyMembers(),
                      u.youthUnionMembers(),
                      u.tradeUnionMembers(),
                      partyOrgByUnit.getOrDefault(u.code(), ""),
                      u.has(SocioPoliticalKind.YOUTH_UNION, day) ? e.youthUnionEstablished() : null,
                      u.has(SocioPoliticalKind.TRADE_UNION, day) ? e.tradeUnionEstablished() : null,
                      party.contains(u.code()),
                      youth.contains(u.code()),
                      trade.contains(u.code()));
                })
            .toList();
    return new Pipeline(
        rows,
        rules.thresholds(),
        coverage.ratio().denominator(),
        coverage.ratio().numerator(),
        coverage.ratio().isDefined() ? VietnameseFormat.percent(coverage.ratio()) : "",
        coverage.status(),
        band.lowPercent().intValue(),
        band.highPercent().intValue());
  }

  /**
   * A stored unit, ready to edit.
   *
   * @param username staff or administrator
   * @param code the unit's code
   * @return its fields and version
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public UnitInput edit(String username, String code) {
    requireEditor(access.actor(username));
    RegisteredUnit e = units.byCode(code).orElseThrow(() -> unknown(code));
    HostUnit u = e.unit();
    UnitInput in = new UnitInput();
    in.setCode(u.code());
    in.setName(u.name());
    in.setLegalForm(u.legalForm());
    in.setSector(u.sector());
    in.setTaxCode(u.tax().map(TaxCode::value).orElse(null));
    in.setDistrict(u.district());
    in.setEmployees(u.employees());
    in.setOfficialPartyMembers(u.officialPartyMembers());
    in.setProbationaryPartyMembers(u.probationaryPartyMembers());
    in.setYouthUnionMembers(u.youthUnionMembers());
    in.setTradeUnionMembers(u.tradeUnionMembers());
    in.setOwnerPartyMember(u.ownerIsPartyMember());
    in.setYouthUnionEstablished(e.youthUnionEstablished());
    in.setTradeUnionEstablished(e.tradeUnionEstablished());
    in.setVersion(e.version());
    return in;
  }

  /**
   * Creates or updates a unit. Bad input changes nothing and says why in Vietnamese; a unit changed
   * by someone else since it was read is not overwritten.
   *
   * @param username staff or administrator
   * @param input what they typed
   * @throws IllegalArgumentException for bad input
   * @throws ConcurrentEditException if the unit changed since it was read
   */
  @Transactional
  public void save(String username, UnitInput input) {
    Actor actor = access.actor(username);
    requireEditor(actor);
    String code =
        input.getCode() == null ? "" : input.getCode().strip().toUpperCase(java.util.Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      throw new InvalidInputException(
          "INVALID_UNIT_CODE",
          "Mã đơn vị gồm 2-40 chữ in hoa, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.");
    }
    if (input.getName() == null || input.getName().isBlank()) {
      throw new InvalidInputException("MISSING_UNIT_NAME", "Tên đơn vị là bắt buộc.");
    }
    TaxCode tax;
    try {
      tax =
          input.getTaxCode() == null || input.getTaxCode().isBlank()
              ? null
              : TaxCode.parse(input.getTaxCode());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("INVALID_TAX_CODE", e.getMessage());
    }
    LocalDate today = clock.today();
    for (LocalDate d :
        new LocalDate[] {input.getYouthUnionEstablished(), input.getTradeUnionEstablished()}) {
      if (d != null && d.isAfter(today)) {
        throw new InvalidInputException(
            "ESTABLISHED_IN_FUTURE", "Ngày thành lập không được sau ngày hôm nay.");
      }
    }
    HostUnit unit;
    try {
      unit =
          new HostUnit(
              code,
              input.getName().strip(),
              input.getLegalForm(),
              input.getSector(),
              tax,
              input.getDistrict() == null || input.getDistrict().isBlank()
                  ? null
                  : input.getDistrict().strip(),
              input.getEmployees(),
              input.getOfficialPartyMembers(),
              input.getProbationaryPartyMembers(),
              input.getYouthUnionMembers(),
              input.getTradeUnionMembers(),
              input.isOwnerPartyMember(),
              List.of());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("INVALID_UNIT", e.getMessage());
    }
    LocalDate youth = input.getYouthUnionEstablished();
    LocalDate trade = input.getTradeUnionEstablished();
    Instant now = clock.now();
    String old;
    if (input.isNew()) {
      if (units.byCode(code).isPresent()) {
        throw new InvalidInputException("DUPLICATE_UNIT", "Đã có đơn vị mã " + code + ".");
      }
      old = null;
      units.add(unit, youth, trade, actor.username(), now);
    } else {
      RegisteredUnit stored = units.byCode(code).orElseThrow(() -> unknown(code));
      if (stored.version() != input.getVersion()) {
        throw conflict(stored.updatedBy(), stored.updatedAt());
      }
      old = describe(stored.unit(), stored.youthUnionEstablished(), stored.tradeUnionEstablished());
      try {
        units.update(unit, youth, trade, input.getVersion(), actor.username(), now);
      } catch (HostUnitChangedException e) {
        throw conflict(e.updatedBy(), e.updatedAt());
      }
    }
    audit.record(
        new AuditEntry(
            now,
            actor.username(),
            null,
            null,
            "host_unit:" + code,
            old,
            describe(unit, youth, trade)));
  }

  private static InvalidInputException unknown(String code) {
    return new InvalidInputException("UNKNOWN_UNIT", "Không có đơn vị mã " + code + ".");
  }

  static String describe(HostUnit u, LocalDate youthUnion, LocalDate tradeUnion) {
    return u.name()
        + "; "
        + u.legalForm()
        + "; "
        + u.sector()
        + "; NV "
        + u.employees()
        + "; ĐV "
        + u.officialPartyMembers()
        + "+"
        + u.probationaryPartyMembers()
        + "; ĐTN "
        + u.youthUnionMembers()
        + "; CĐ "
        + u.tradeUnionMembers()
        + "; chi đoàn "
        + youthUnion
        + "; công đoàn "
        + tradeUnion;
  }

  private ConcurrentEditException conflict(String updatedBy, Instant updatedAt) {
    String who = updatedBy == null ? "người khác" : updatedBy;
    String when = updatedAt == null ? "" : " lúc " + TIME.withZone(clock.zone()).format(updatedAt);
    return new ConcurrentEditException(
        "Đơn vị vừa được "
            + who
            + " sửa"
            + when
            + ". Những gì bạn nhập vẫn còn trên trang: hãy đóng và mở lại đơn vị để xem bản đã lưu, rồi nhập lại phần thay đổi.");
  }

  private Thresholds thresholds() {
    return new Thresholds(partyThreshold, youthThreshold, tradeThreshold);
  }

  private CoverageBand band() {
    String[] parts = coverageBand.split("-");
    return new CoverageBand(new BigDecimal(parts[0].strip()), new BigDecimal(parts[1].strip()));
  }

  private static Set<String> codes(List<HostUnit> list) {
    Set<String> codes = new HashSet<>();
    list.forEach(u -> codes.add(u.code()));
    return codes;
  }

  private static void requireViewer(Actor actor) {
    if (!actor.isStaff() && !actor.roles().contains(Role.STANDING_COMMITTEE)) {
      throw new AccessDeniedException(
          "Chỉ Ban Thường vụ, Ban Tổ chức và quản trị viên được xem danh bạ đơn vị.");
    }
  }

  private static void requireEditor(Actor actor) {
    if (!actor.isStaff()) {
      throw new AccessDeniedException("Chỉ Ban Tổ chức và quản trị viên được sửa danh bạ đơn vị.");
    }
  }
}
