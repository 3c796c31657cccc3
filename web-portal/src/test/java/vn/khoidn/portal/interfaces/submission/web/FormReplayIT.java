package vn.khoidn.portal.interfaces.submission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.portal.testsupport.PortalDeployment;
import vn.khoidn.portal.testsupport.WebSession;

/**
 * A reporter replays another organization's save request, captured with all its parameters, in
 * their own session: it is refused and the other organization's form does not change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormReplayIT {

  private static final Pattern OPEN_FORM =
      Pattern.compile("status-NOT_STARTED\">.*?form\\.xhtml\\?id=(\\d+)", Pattern.DOTALL);
  private static final String TOTAL = "form:blocks:0:rows:0:total";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @ArquillianResource URL base;

  @Test
  void anotherOrganizationsReplayedSaveIsRefusedAndChangesNothing() throws Exception {
    WebSession owner = new WebSession(base.toString());
    owner.logIn("capnuoc", "Demo@2021");
    Matcher due = OPEN_FORM.matcher(owner.get("app/forms.xhtml").body());
    assertThat(due.find()).isTrue();
    String formPath = "app/form.xhtml?id=" + due.group(1);
    String page = owner.get(formPath).body();
    Map<String, String> save = new LinkedHashMap<>();
    save.put("form", "form");
    save.put(TOTAL, "7");
    save.put("form:save", "");
    save.put("jakarta.faces.ViewState", WebSession.viewState(page));

    WebSession intruder = new WebSession(base.toString());
    intruder.logIn("xoso", "Demo@2021");
    HttpResponse<String> replayed = intruder.post(formPath, save);
    HttpResponse<String> opened = intruder.get(formPath);

    assertThat(replayed.body()).doesNotContain("Đã lưu bản nháp");
    assertThat(opened.statusCode()).isEqualTo(403);
    assertThat(opened.body()).contains("Không có quyền truy cập");
    String stored = owner.get(formPath).body();
    assertThat(stored).contains("status-NOT_STARTED");
    assertThat(stored).doesNotContain("value=\"7\"");

    // The same request in the owner's own session does save: the refusal above is about who sent
    // it.
    assertThat(owner.post(formPath, save).body()).contains("Đã lưu bản nháp");
  }
}
