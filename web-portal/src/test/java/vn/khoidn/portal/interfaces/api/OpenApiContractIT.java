package vn.khoidn.portal.interfaces.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * The API's contract as the deployed portal serves it at {@code /openapi}: a valid OpenAPI document
 * (swagger-parser, as a client's tooling reads it), every operation's refusals declared as the one
 * Problem body, the shared schemas with examples that fit them, and the running API answering what
 * the document says.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiContractIT {

  private static final String API = "/api/v1/";
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  /**
   * Messages of swagger-parser that are accepted, each with the reason. None today: a message that
   * appears is either fixed or added here with why it cannot be.
   */
  private static final Map<String, String> ALLOWED_MESSAGES = Map.of();

  /** The top-level fields of an OpenAPI 3.0 document; anything else must be an "x-" extension. */
  private static final Set<String> OPENAPI_FIELDS =
      Set.of(
          "openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs");

  /** The request and response bodies every integrator needs, by component name. */
  private static final List<String> SHARED_SCHEMAS =
      List.of(
          "Problem",
          "RowError",
          "ImportSummary",
          "ImportRowResult",
          "OrganizationNode",
          "OrganizationRow",
          "FigureRow",
          "FigureTable",
          "PlanRow",
          "PlanTable",
          "Rollup",
          "RollupNode",
          "IndicatorTotal",
          "HostUnitRow",
          "HostUnitTable");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void theServedDocumentIsValidOpenApiWithoutAMessage() throws Exception {
    SwaggerParseResult result = parse(document());

    assertThat(result.getOpenAPI()).as("the document parses").isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.0.");
    List<String> unexplained = new ArrayList<>(result.getMessages());
    unexplained.removeIf(ALLOWED_MESSAGES::containsKey);
    assertThat(unexplained).as("swagger-parser's errors and warnings").isEmpty();
  }

  @Test
  void itHasOnlyStandardTopLevelFieldsAndNoServerUrlWithATrailingSlash() throws Exception {
    String body = document();
    JsonObject raw = json(body).asJsonObject();
    assertThat(raw.keySet()).doesNotContain("endpoints");
    assertThat(raw.keySet()).allMatch(k -> OPENAPI_FIELDS.contains(k) || k.startsWith("x-"));

    List<Server> servers = parse(body).getOpenAPI().getServers();
    assertThat(servers).isNotEmpty();
    assertThat(servers).extracting(Server::getUrl).noneMatch(url -> url.endsWith("/"));
  }

  @Test
  void everyOperationDeclaresItsAnswerAndItsRefusalsAsTheProblemBody() throws Exception {
    OpenAPI api = parse(document()).getOpenAPI();
    int operations = 0;
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      if (!path.getKey().startsWith(API)) {
        continue;
      }
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        operations++;
        String where = entry.getKey() + " " + path.getKey();
        Map<String, ApiResponse> responses = entry.getValue().getResponses();
        assertThat(responses.keySet()).as(where + ": a 2xx").anyMatch(c -> c.startsWith("2"));
        assertThat(responses.keySet()).as(where + ": no catch-all").doesNotContain("default");
        assertThat(responses.keySet())
            .as(where + ": every operation is behind HTTP Basic")
            .contains("401");
        List<String> refusals =
            responses.keySet().stream().filter(c -> c.startsWith("4")).sorted().toList();
        for (String code : refusals) {
          ApiResponse refusal = response(api, responses.get(code));
          assertThat(refusal.getContent()).as(where + " " + code).containsKey(PROBLEM_JSON);
          assertThat(refusal.getContent().get(PROBLEM_JSON).getSchema().get$ref())
              .as(where + " " + code + ": the shared Problem schema")
              .isEqualTo(PROBLEM_REF);
        }
        if (entry.getKey() == PathItem.HttpMethod.POST) {
          RequestBody request = requestBody(api, entry.getValue().getRequestBody());
          assertThat(request.getContent()).as(where).containsKeys("text/csv", "application/json");
          request
              .getContent()
              .forEach(
                  (type, media) ->
                      assertThat(media.getExample())
                          .as(where + " " + type + " example")
                          .isNotNull());
        }
      }
    }
    assertThat(operations).as("the API's operations").isEqualTo(10);
  }

  @Test
  void theSharedSchemasExistWithExamplesThatFitThem() throws Exception {
    OpenAPI api = parse(document()).getOpenAPI();
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    assertThat(schemas).containsKeys(SHARED_SCHEMAS.toArray(String[]::new));
    for (String name : SHARED_SCHEMAS) {
      Schema<?> schema = schemas.get(name);
      assertThat(schema.getExample()).as(name + " example").isNotNull();
      if (schema.getRequired() != null) {
        assertThat(schema.getProperties())
            .as(name)
            .containsKeys(schema.getRequired().toArray(String[]::new));
      }
      assertConforms(api, asJson(schema.getExample()), schema, name + " example");
    }
    for (Map.Entry<String, ApiResponse> r : api.getComponents().getResponses().entrySet()) {
      for (Map.Entry<String, MediaType> m : r.getValue().getContent().entrySet()) {
        assertThat(m.getValue().getExample()).as(r.getKey() + " example").isNotNull();
        assertConforms(
            api, asJson(m.getValue().getExample()), m.getValue().getSchema(), r.getKey());
      }
    }
    for (Map.Entry<String, RequestBody> b : api.getComponents().getRequestBodies().entrySet()) {
      for (Map.Entry<String, MediaType> m : b.getValue().getContent().entrySet()) {
        assertConforms(
            api,
            asJson(m.getValue().getExample()),
            m.getValue().getSchema(),
            b.getKey() + " " + m.getKey());
      }
    }
  }

  @Test
  void theApisRefusalsCarryWhatTheProblemSchemaRequires() throws Exception {
    OpenAPI api = parse(document()).getOpenAPI();

    // The API's own refusal (ApiException), the login's (PortalAuthenticationMechanism) and an
    // import's, with its rows: three places that write a problem body.
    HttpResponse<String> missing =
        send(auth("btv", HttpRequest.newBuilder(uri("api/v1/rollup?org=DUK"))).GET());
    assertRefusal(api, "/api/v1/rollup", PathItem.HttpMethod.GET, missing, 400);

    HttpResponse<String> anonymous =
        send(HttpRequest.newBuilder(uri("api/v1/rollup?org=DUK&period=2021")).GET());
    assertRefusal(api, "/api/v1/rollup", PathItem.HttpMethod.GET, anonymous, 401);

    HttpResponse<String> negative =
        send(
            auth("bantochuc", HttpRequest.newBuilder(uri("api/v1/data-values?dryRun=true")))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "org,period,indicator,sector,value\nCBCS-XOSO,2085Q1,NEW_MEMBERS,,-1\n",
                        StandardCharsets.UTF_8)));
    assertRefusal(api, "/api/v1/data-values", PathItem.HttpMethod.POST, negative, 422);
    JsonArray errors = json(negative.body()).asJsonObject().getJsonArray("errors");
    assertThat(errors).as("the rows of an INVALID_ROWS problem").isNotEmpty();
  }

  @Test
  void theApisAnswersFitTheSchemasTheDocumentDeclares() throws Exception {
    OpenAPI api = parse(document()).getOpenAPI();

    assertAnswer(
        api,
        "/api/v1/rollup",
        PathItem.HttpMethod.GET,
        send(auth("btv", HttpRequest.newBuilder(uri("api/v1/rollup?org=DUK&period=2021"))).GET()));
    assertAnswer(
        api,
        "/api/v1/organizations",
        PathItem.HttpMethod.GET,
        send(auth("btv", HttpRequest.newBuilder(uri("api/v1/organizations"))).GET()));
    assertAnswer(
        api,
        "/api/v1/data-values",
        PathItem.HttpMethod.GET,
        send(
            auth("bantochuc", HttpRequest.newBuilder(uri("api/v1/data-values?org=DUK&period=2021")))
                .header("Accept", "application/json")
                .GET()));
    assertAnswer(
        api,
        "/api/v1/data-values",
        PathItem.HttpMethod.POST,
        send(
            auth("bantochuc", HttpRequest.newBuilder(uri("api/v1/data-values?dryRun=true")))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "[{\"org\":\"CBCS-XOSO\",\"period\":\"2085Q2\",\"indicator\":\"NEW_MEMBERS\","
                            + "\"sector\":\"\",\"value\":2}]",
                        StandardCharsets.UTF_8))));
  }

  /** A refusal: its status declared by the operation, a problem body fitting the Problem schema. */
  private void assertRefusal(
      OpenAPI api,
      String path,
      PathItem.HttpMethod method,
      HttpResponse<String> answer,
      int status) {
    String where = method + " " + path + " " + status;
    assertThat(answer.statusCode()).as(where + ": " + answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .as(where)
        .startsWith(PROBLEM_JSON);
    Operation operation = api.getPaths().get(path).readOperationsMap().get(method);
    ApiResponse declared = operation.getResponses().get(String.valueOf(status));
    assertThat(declared).as(where + " is declared").isNotNull();
    Schema<?> schema = response(api, declared).getContent().get(PROBLEM_JSON).getSchema();
    JsonValue body = json(answer.body());
    assertConforms(api, body, schema, where);
    assertThat(body.asJsonObject().getInt("status")).as(where).isEqualTo(status);
  }

  /** A 200 whose JSON body fits the schema the operation declares for it. */
  private void assertAnswer(
      OpenAPI api, String path, PathItem.HttpMethod method, HttpResponse<String> answer) {
    String where = method + " " + path;
    assertThat(answer.statusCode()).as(where + ": " + answer.body()).isEqualTo(200);
    Operation operation = api.getPaths().get(path).readOperationsMap().get(method);
    MediaType declared =
        response(api, operation.getResponses().get("200")).getContent().get("application/json");
    assertThat(declared).as(where + " declares its JSON answer").isNotNull();
    assertConforms(api, json(answer.body()), declared.getSchema(), where);
  }

  /**
   * Checks a JSON value against an OpenAPI schema: types, required properties, enums, array items,
   * property and map values, oneOf. Enough to catch a body and its contract drifting apart.
   */
  private static void assertConforms(OpenAPI api, JsonValue value, Schema<?> schema, String where) {
    List<String> problems = new ArrayList<>();
    conform(api, value, schema, where, problems);
    assertThat(problems).as(where + " fits its schema").isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static void conform(
      OpenAPI api, JsonValue value, Schema<?> declared, String where, List<String> problems) {
    Schema<?> schema = schema(api, declared);
    if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
      long matching =
          schema.getOneOf().stream()
              .filter(
                  option -> {
                    List<String> mismatches = new ArrayList<>();
                    conform(api, value, option, where, mismatches);
                    return mismatches.isEmpty();
                  })
              .count();
      if (matching != 1) {
        problems.add(where + ": matches " + matching + " of oneOf, not exactly one: " + value);
      }
      return;
    }
    String type = schema.getType();
    if (type == null) {
      return;
    }
    JsonValue.ValueType actual = value.getValueType();
    switch (type) {
      case "object":
        if (actual != JsonValue.ValueType.OBJECT) {
          problems.add(where + ": an object expected, got " + value);
          return;
        }
        JsonObject object = value.asJsonObject();
        if (schema.getRequired() != null) {
          for (String name : schema.getRequired()) {
            if (!object.containsKey(name)) {
              problems.add(where + ": required \"" + name + "\" missing in " + value);
            }
          }
        }
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
          Schema<?> property =
              schema.getProperties() == null ? null : schema.getProperties().get(field.getKey());
          if (property == null && schema.getAdditionalProperties() instanceof Schema<?> values) {
            property = values;
          }
          if (property != null) {
            conform(api, field.getValue(), property, where + "." + field.getKey(), problems);
          }
        }
        break;
      case "array":
        if (actual != JsonValue.ValueType.ARRAY) {
          problems.add(where + ": an array expected, got " + value);
          return;
        }
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          conform(api, array.get(i), schema.getItems(), where + "[" + i + "]", problems);
        }
        break;
      case "string":
        if (actual != JsonValue.ValueType.STRING) {
          problems.add(where + ": a string expected, got " + value);
        } else if (schema.getEnum() != null
            && !schema.getEnum().isEmpty()
            && !((List<Object>) schema.getEnum())
                .contains(((jakarta.json.JsonString) value).getString())) {
          problems.add(where + ": " + value + " is not one of " + schema.getEnum());
        } else if (schema.getPattern() != null
            && !((jakarta.json.JsonString) value).getString().matches(schema.getPattern())) {
          problems.add(where + ": " + value + " does not match " + schema.getPattern());
        }
        break;
      case "integer":
        if (actual != JsonValue.ValueType.NUMBER
            || !((jakarta.json.JsonNumber) value).isIntegral()) {
          problems.add(where + ": an integer expected, got " + value);
        } else if (schema.getMinimum() != null
            && ((jakarta.json.JsonNumber) value).bigDecimalValue().compareTo(schema.getMinimum())
                < 0) {
          problems.add(where + ": " + value + " is below " + schema.getMinimum());
        }
        break;
      case "number":
        if (actual != JsonValue.ValueType.NUMBER) {
          problems.add(where + ": a number expected, got " + value);
        }
        break;
      case "boolean":
        if (actual != JsonValue.ValueType.TRUE && actual != JsonValue.ValueType.FALSE) {
          problems.add(where + ": a boolean expected, got " + value);
        }
        break;
      default:
        problems.add(where + ": unknown type " + type);
    }
  }

  private static Schema<?> schema(OpenAPI api, Schema<?> schema) {
    assertThat(schema).as("a schema").isNotNull();
    if (schema.get$ref() == null) {
      return schema;
    }
    String name = schema.get$ref().substring("#/components/schemas/".length());
    Schema<?> target = api.getComponents().getSchemas().get(name);
    assertThat(target).as(schema.get$ref()).isNotNull();
    return target;
  }

  private static ApiResponse response(OpenAPI api, ApiResponse response) {
    if (response.get$ref() == null) {
      return response;
    }
    String name = response.get$ref().substring("#/components/responses/".length());
    ApiResponse target = api.getComponents().getResponses().get(name);
    assertThat(target).as(response.get$ref()).isNotNull();
    return target;
  }

  private static RequestBody requestBody(OpenAPI api, RequestBody body) {
    assertThat(body).as("a request body").isNotNull();
    if (body.get$ref() == null) {
      return body;
    }
    String name = body.get$ref().substring("#/components/requestBodies/".length());
    RequestBody target = api.getComponents().getRequestBodies().get(name);
    assertThat(target).as(body.get$ref()).isNotNull();
    return target;
  }

  /** The document, as JSON (Payara writes YAML unless asked). */
  private String document() throws Exception {
    // MicroProfile OpenAPI is served at the server's root, whatever the application's context.
    HttpResponse<String> openapi =
        send(
            HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi"))
                .header("Accept", "application/json")
                .GET());
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    return openapi.body();
  }

  private static SwaggerParseResult parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
    if (result.getMessages() == null) {
      result.setMessages(new ArrayList<>());
    }
    return result;
  }

  /** An example as swagger-parser holds it (Jackson nodes or plain values), as JSON-P. */
  private static JsonValue asJson(Object example) throws Exception {
    assertThat(example).as("an example").isNotNull();
    return json(Json.mapper().writeValueAsString(example));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder auth(String user, HttpRequest.Builder b) {
    return b.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":Demo@2021").getBytes(StandardCharsets.UTF_8)));
  }

  private URI uri(String path) {
    return URI.create(base.toString() + path);
  }

  private static JsonValue json(String body) {
    try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(body))) {
      return reader.readValue();
    }
  }
}
