package vn.toasoan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.ApiScope;
import vn.toasoan.accounts.ApiTokens;
import vn.toasoan.accounts.Role;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.RawHttp;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * Every endpoint the application maps, found from its request mappings rather than from a list that could forget one,
 * is sent a table of hostile values as path variables, query parameters, form fields, JSON members and multipart
 * headers, by a reader and by an administrator: none may answer with a server error, and the log gets one line per
 * refusal, never a stack trace.
 */
@ToaSoanIntegrationTest
@TestPropertySource(properties = "toasoan.requests.max-bodies-per-address=10000")
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIntegrationTests {

    /** As they go on the wire: percent-encoded where a browser would encode, raw where only a bot would send. */
    static final List<String> HOSTILE = List.of(
            "%00",
            "a%00b",
            "%01%1b%7f",
            "%ZZ",
            "%",
            "%ff%fe",
            "%c0%af",
            "99999999999999999999",
            "2147483648",
            "-9223372036854775809",
            "-1",
            "0",
            "1e308",
            "%0d%0aSet-Cookie:%20x%3Dy",
            "%2F%2Fevil.example%2F%0d%0a",
            "..%2F..%2Fetc%2Fpasswd",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "a".repeat(5000),
            "");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Newsroom newsroom;

    @Autowired
    ApiTokens tokens;

    @Test
    void noEndpointAnswersHostileInputWithAServerErrorOrAStackTrace(CapturedOutput log) throws Exception {
        Account admin = newsroom.account(Role.ADMIN);
        var http = new RawHttp(port);
        var session = Session.logIn(http, admin.email(), Newsroom.PASSWORD);
        // a token rather than the password: the same rights, without a bcrypt check per request
        String token = tokens.create(admin, "Thử đầu vào xấu", Set.of(ApiScope.values()), null)
                .secret();

        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        Set<String> endpoints = new LinkedHashSet<>();
        List<java.util.concurrent.Callable<Void>> walks = new ArrayList<>();
        for (var mapping : mappings.getHandlerMethods().entrySet()) {
            for (Endpoint endpoint : Endpoint.of(mapping.getKey(), mapping.getValue())) {
                endpoints.add(endpoint.method() + " " + endpoint.pattern());
                walks.add(() -> {
                    for (boolean asAdmin : new boolean[] {false, true}) {
                        for (Request request : endpoint.requests()) {
                            Map<String, String> headers = new LinkedHashMap<>(request.headers());
                            byte[] body = request.body();
                            if (asAdmin) {
                                if (endpoint.pattern().startsWith("/api/")) {
                                    headers.put("Authorization", "Bearer " + token);
                                } else {
                                    headers.put("Cookie", session.cookie());
                                    headers.put("X-CSRF-TOKEN", session.csrf());
                                }
                            }
                            var response = http.send(endpoint.method(), request.target(), headers, body);
                            sent.incrementAndGet();
                            if (response.status() >= 500) {
                                String sentBody = body == null ? "" : new String(body, StandardCharsets.UTF_8);
                                failures.add(response.status() + " " + endpoint.method() + " " + request.target()
                                        + (asAdmin ? " (administrator) " : " ")
                                        + sentBody.substring(0, Math.min(120, sentBody.length())));
                            }
                        }
                    }
                    return null;
                });
            }
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (var walk : pool.invokeAll(walks)) {
                walk.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(endpoints).as("the walk found the application's endpoints").hasSizeGreaterThan(40);
        assertThat(sent.get()).isGreaterThan(1000);
        assertThat(failures).as("server errors").isEmpty();
        assertThat(session.stillLoggedIn(http))
                .as("the administrator's session lived through it")
                .isTrue();
        assertThat(log.getOut().lines().filter(line -> line.startsWith("\tat ")))
                .as("no stack trace in the log")
                .isEmpty();
        assertThat(log.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void aRefusedRequestLeavesOneLineInTheLog(CapturedOutput log) {
        var response = new RawHttp(port).send("GET", "/tim-kiem?q=a%00b", Map.of("Accept", "text/html"), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("Yêu cầu không hợp lệ");
        List<String> lines =
                log.getOut().lines().filter(line -> line.contains("/tim-kiem")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("INFO", "control character");
        assertThat(log.getOut()).doesNotContain("\tat ");
    }

    @Test
    void addressesTomcatRefusesBeforeTheApplicationGetAVietnamesePageToo() {
        var http = new RawHttp(port);
        for (String target : new String[] {"/a%2Fb", "/%00", "/thoi-su%00.html", "/..%2F..%2Fetc%2Fpasswd"}) {
            var response = http.send("GET", target, Map.of("Accept", "text/html"), null);

            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(response.body())
                    .as(target)
                    .contains("Yêu cầu không hợp lệ")
                    .doesNotContain("HTTP Status");
        }
    }

    /** One mapped method and path, with what its handler reads. */
    record Endpoint(String method, String pattern, HandlerMethod handler) {

        static List<Endpoint> of(RequestMappingInfo info, HandlerMethod handler) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<Endpoint> endpoints = new ArrayList<>();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method :
                        methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    endpoints.add(new Endpoint(method.name(), pattern, handler));
                }
            }
            return endpoints;
        }

        List<Request> requests() {
            List<Request> requests = new ArrayList<>();
            List<String> names = parameterNames();
            for (String value : HOSTILE) {
                // the value in every path variable
                requests.add(new Request(path(value), Map.of("Accept", "text/html"), body(names, "x")));
                // a path that exists, and the value in every parameter
                String query = query(names, value);
                if (method.equals("GET")) {
                    requests.add(new Request(path("1") + query, Map.of("Accept", "text/html"), null));
                } else {
                    requests.add(new Request(
                            path("1"),
                            Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
                            query.isEmpty() ? new byte[0] : query.substring(1).getBytes(StandardCharsets.ISO_8859_1)));
                    requests.add(new Request(
                            path("1") + query,
                            Map.of("Content-Type", "application/json", "Accept", "application/json"),
                            json(value)));
                }
            }
            if (!method.equals("GET")) {
                String boundary = "ranh-gioi";
                requests.add(new Request(
                        path("1"),
                        Map.of("Content-Type", "multipart/form-data; boundary=" + boundary, "Accept", "text/html"),
                        multipart(names, boundary, "form-data; name=\"attachment\"; filename*=UTF-8''%ZZ%E0%A4%A")));
                requests.add(new Request(
                        path("1"),
                        Map.of("Content-Type", "multipart/form-data; boundary=" + boundary, "Accept", "text/html"),
                        multipart(names, boundary, "form-data; name=\"newImage\"; filename=\"a%00b.jpg\"")));
                requests.add(new Request(
                        path("1"),
                        Map.of("Content-Type", "multipart/form-data; boundary=" + boundary, "Accept", "text/html"),
                        multipart(names, boundary, "form-data; name=\"attachment\"\r\nContent-Type: image/\u0000")));
                requests.add(new Request(
                        path("1"),
                        Map.of("Content-Type", "multipart/form-data; boundary=\"", "Accept", "text/html"),
                        "--\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
                requests.add(new Request(
                        path("1"),
                        Map.of("Content-Type", "application/json", "Accept", "application/json"),
                        "{\"title\": \"\\u0000\", \"version\": 99999999999999999999999, ["
                                .getBytes(StandardCharsets.UTF_8)));
            }
            return requests;
        }

        private String path(String value) {
            Matcher m = VARIABLE.matcher(pattern);
            return m.replaceAll(Matcher.quoteReplacement(value.isEmpty() ? "%20" : value.replace("%2F", "%252F")));
        }

        private byte[] body(List<String> names, String value) {
            return method.equals("GET")
                    ? null
                    : query(names, value).replaceFirst("^\\?", "").getBytes(StandardCharsets.ISO_8859_1);
        }

        private static String query(List<String> names, String value) {
            if (names.isEmpty()) {
                return "";
            }
            var out = new StringBuilder();
            for (String name : names) {
                out.append(out.isEmpty() ? '?' : '&').append(name).append('=').append(value);
            }
            return out.toString();
        }

        private byte[] json(String value) {
            String text;
            try {
                text = URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                text = value;
            }
            Map<String, Object> object = new LinkedHashMap<>();
            for (String name : bodyNames()) {
                object.put(name, text);
            }
            object.put("version", new java.math.BigInteger("99999999999999999999"));
            return JSON.writeValueAsBytes(object);
        }

        private byte[] multipart(List<String> names, String boundary, String fileDisposition) {
            var out = new ByteArrayOutputStream();
            for (String name : names) {
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                                + "\"\r\n\r\nx\u0000y\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + fileDisposition
                            + "\r\nContent-Type: image/jpeg\r\n\r\n\u00ff\u00d8\u00ff\r\n--" + boundary + "--\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return out.toByteArray();
        }

        /** The request parameters the handler reads: its own and the components of the forms it binds. */
        private List<String> parameterNames() {
            List<String> names = new ArrayList<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                Class<?> type = parameter.getParameterType();
                if (parameter.hasParameterAnnotation(PathVariable.class)
                        || parameter.hasParameterAnnotation(RequestBody.class)
                        || parameter.hasParameterAnnotation(RequestHeader.class)
                        || type == MultipartFile.class) {
                    continue;
                }
                if (param != null) {
                    String name = !param.name().isEmpty() ? param.name() : param.value();
                    names.add(name.isEmpty() ? parameter.getParameterName() : name);
                } else if (type.isRecord()
                        && (parameter.hasParameterAnnotation(ModelAttribute.class)
                                || !BeanUtils.isSimpleProperty(type))) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        names.add(component.getName());
                    }
                } else if (BeanUtils.isSimpleProperty(type) && parameter.getParameterName() != null) {
                    names.add(parameter.getParameterName());
                }
            }
            return names;
        }

        /** The members of the JSON body the handler reads. */
        private List<String> bodyNames() {
            List<String> names = new ArrayList<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)
                        && parameter.getParameterType().isRecord()) {
                    for (RecordComponent component :
                            parameter.getParameterType().getRecordComponents()) {
                        names.add(component.getName());
                    }
                }
            }
            return names.isEmpty() ? List.of("text", "title", "content", "reason") : names;
        }
    }

    record Request(String target, Map<String, String> headers, byte[] body) {}

    /** The administrator's newsroom session: its cookie and CSRF token. */
    record Session(String cookie, String csrf) {

        static Session logIn(RawHttp http, String email, String password) {
            var form = http.send("GET", "/toa-soan/dang-nhap", Map.of(), null);
            String cookie = cookie(form);
            String token = token(form.body());
            String body = "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(token);
            var login = http.send(
                    "POST",
                    "/toa-soan/dang-nhap",
                    Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"),
                    body.getBytes(StandardCharsets.UTF_8));
            assertThat(login.headers().get("location")).endsWith("/toa-soan");
            String loggedIn = cookie(login).isEmpty() ? cookie : cookie(login);
            if (login.headers().containsKey("set-cookie")) {
                loggedIn = String.join("; ", cookies(login, cookie));
            }
            var dashboard = http.send("GET", "/toa-soan", Map.of("Cookie", loggedIn), null);
            return new Session(loggedIn, token(dashboard.body()));
        }

        boolean stillLoggedIn(RawHttp http) {
            return http.send("GET", "/toa-soan", Map.of("Cookie", cookie), null).status() == 200;
        }

        private static List<String> cookies(RawHttp.Response response, String before) {
            Map<String, String> jar = new LinkedHashMap<>();
            for (String pair : before.split("; ")) {
                if (pair.contains("=")) {
                    jar.put(pair.substring(0, pair.indexOf('=')), pair);
                }
            }
            for (String line : response.headers().getOrDefault("set-cookie", "").split("\n")) {
                String pair = line.split(";", 2)[0].strip();
                if (pair.contains("=")) {
                    jar.put(pair.substring(0, pair.indexOf('=')), pair);
                }
            }
            return List.copyOf(jar.values());
        }

        private static String cookie(RawHttp.Response response) {
            return String.join("; ", cookies(response, ""));
        }

        private static String token(String page) {
            var input = Jsoup.parse(page).selectFirst("input[name=_csrf]");
            assertThat(input).as("a CSRF token on the page").isNotNull();
            return input.attr("value");
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
