package vn.khoidn.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khoidn.portal.testsupport.MariaDbServer;
import vn.khoidn.portal.testsupport.PortalProcess;

/**
 * Two portal nodes in one Hazelcast cluster on one MariaDB database, as production runs them behind
 * a load balancer: a figure written through one node is in the next roll-up on the other, although
 * both keep roll-up data in the cluster's JCache.
 */
class ClusterIT {

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void aFigureWrittenOnOneNodeIsInTheNextRollUpOnTheOther(@TempDir Path folder) throws Exception {
    Map<String, String> database =
        MariaDbServer.portalSettings(
            MariaDbServer.createScratchDatabase("cluster"),
            "PORTAL_ADMIN_PASSWORD",
            "Cluster@IT-2021");
    String name = "portal-it-" + UUID.randomUUID();
    int firstMember = PortalProcess.freePort();
    try (PortalProcess first = node(folder, "a", database, name, firstMember, firstMember);
        PortalProcess second =
            node(folder, "b", database, name, firstMember, PortalProcess.freePort())) {
      assertThat(second.output()).as("the second node joined the first").contains("DG Size: 2");
      assertThat(first.output() + second.output())
          .as("both cache roll-up data in the cluster's JCache")
          .doesNotContain("Không có JCache");

      assertThat(blocClasses(second)).as("the demo year, read on the second node").isEqualTo(5);
      assertThat(blocClasses(first)).isEqualTo(5);

      HttpResponse<String> imported =
          send(
              "bantochuc",
              HttpRequest.newBuilder(URI.create(first.baseUrl() + "api/v1/data-values"))
                  .header("Content-Type", "text/csv; charset=UTF-8")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "org,period,indicator,sector,value\n"
                              // The bloc's own classes: the bloc has no form, so a back-load
                              // is its figure (a cell a form holds would be refused). 1 -> 7.
                              + "DUK,2021Q4,AWARENESS_CLASSES,,7\n")));
      assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

      assertThat(blocClasses(second))
          .as("the second node's next roll-up has the figure written on the first")
          .isEqualTo(11);
      assertThat(blocClasses(first)).isEqualTo(11);
      assertThat(first.output() + second.output()).doesNotContain("closed EntityManager");
    }
  }

  /** Starts a node of the named cluster, which it finds through the first member's port. */
  private static PortalProcess node(
      Path folder,
      String node,
      Map<String, String> database,
      String cluster,
      int firstMember,
      int ownPort) {
    return PortalProcess.startIn(
        folder.resolve(node),
        node + ".log",
        database,
        "512m",
        List.of(
            "--clustername",
            cluster,
            "--clustermode",
            "tcpip:127.0.0.1:" + firstMember,
            "--startport",
            Integer.toString(ownPort)));
  }

  /** The bloc's awareness classes in 2021, from the roll-up endpoint of one node. */
  private int blocClasses(PortalProcess node) throws Exception {
    HttpResponse<String> r =
        send(
            "btv",
            HttpRequest.newBuilder(URI.create(node.baseUrl() + "api/v1/rollup?org=DUK&period=2021"))
                .GET());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonArray indicators =
        Json.createReader(new StringReader(r.body()))
            .readObject()
            .getJsonArray("nodes")
            .getJsonObject(0)
            .getJsonArray("indicators");
    return indicators.stream()
        .map(v -> v.asJsonObject())
        .filter(i -> i.getString("code").equals("AWARENESS_CLASSES"))
        .findFirst()
        .orElseThrow()
        .getInt("total");
  }

  /** Sends a request as a demo user. */
  private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
    String password = "Demo@2021";
    return http.send(
        request
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
