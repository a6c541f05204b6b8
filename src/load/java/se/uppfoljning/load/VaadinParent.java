package se.uppfoljning.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One parent's browser, reduced to the HTTP conversation Vaadin Flow 25.2 has with its client: its own cookie
 * jar, the one-time link and its redirect, the bootstrap page, the init request that creates the UI, and UIDL
 * requests ({@code POST /?v-r=uidl&v-uiId=N} with {@code csrfToken}, {@code syncId}, {@code clientId} and RPC
 * invocations) for navigation, clicks and field values. Components are found by their stable ids ({@code setId}).
 * Like the browser it also answers the round trips the client makes on its own: the initial value of newly
 * created fields ("sync") and the results of server-side {@code executeJs} calls ("return").
 * Not thread-safe: one instance per virtual parent. Only ever pointed at a server on this machine.
 */
public final class VaadinParent {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UIDL_PREFIX = "for(;;);";

    /** A step that did not get the answer a browser would have got. */
    public static final class StepFailed extends RuntimeException {
        private final String step;

        public StepFailed(String step, String message) {
            super(step + ": " + message);
            this.step = step;
        }

        public String step() {
            return step;
        }
    }

    private final HttpClient http;
    private final URI base;
    private final LoadStats stats;
    private final Duration timeout;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Set<Integer> answered = new HashSet<>();
    private UiTree tree = new UiTree();
    private String uidlPath;
    /** Vaadin reports a request's server time in its next response; this is the step it belongs to. */
    private String previousVaadinStep;
    private String csrfToken;
    private int syncId;
    private int clientId;

    /**
     * @param base e.g. {@code http://127.0.0.1:PORT}; anything but a loopback address is refused
     */
    public VaadinParent(HttpClient http, URI base, LoadStats stats, Duration timeout) {
        String host = base.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("Load only ever goes to this machine, not " + host);
        }
        this.http = http;
        this.base = base;
        this.stats = stats;
        this.timeout = timeout;
    }

    /** A client for many parents: HTTP/1.1 like a browser on localhost, no redirects (we follow them ourselves). */
    public static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    // ---- the HTTP part of opening the questionnaire

    /** GET /enkat/&lt;token&gt; (expects 302 to /enkat/svar and a fresh session cookie), then the bootstrap page. */
    public void openLink(String token) {
        HttpResponse<String> link = get("link", base.resolve("/enkat/" + token), "text/html");
        if (link.statusCode() != 302) {
            throw fail("link", "expected 302, got " + link.statusCode());
        }
        String location = link.headers().firstValue("Location").orElseThrow(() -> fail("link", "no Location"));
        URI target = base.resolve(location);
        if (!target.getPath().equals("/enkat/svar")) {
            throw fail("link", "redirected to " + target.getPath() + (target.getQuery() == null ? "" : "?" + target.getQuery()));
        }
        if (!cookies.containsKey("JSESSIONID")) {
            throw fail("link", "no session cookie");
        }
        HttpResponse<String> page = get("bootstrap", target, "text/html");
        if (page.statusCode() != 200 || !page.body().toLowerCase().contains("<html")) {
            throw fail("bootstrap", "status " + page.statusCode());
        }
        previousVaadinStep = "bootstrap";
    }

    /**
     * Vaadin's init request (what Flow's client sends once the bootstrap page has loaded): creates the UI and
     * returns its id, the CSRF token ({@code Vaadin-Security-Key}) and the first UIDL; then the client-side
     * router's {@code ui-navigate} event, whose answer builds the view.
     */
    public void startUi(String route) {
        String query = "/?v-r=init&location=" + enc(route) + "&query=" + browserDetails();
        HttpResponse<String> init = get("init", base.resolve(query), "application/json");
        if (init.statusCode() != 200 || !init.headers().firstValue("Content-Type").orElse("").contains("json")) {
            throw fail("init", "status " + init.statusCode());
        }
        long parse = System.nanoTime();
        JsonNode json = JSON.readTree(init.body());
        stats.clientWork(System.nanoTime() - parse);
        JsonNode appConfig = json.path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        if (!appConfig.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            throw fail("init", "no UI id or security key in the answer");
        }
        uidlPath = "/?v-r=uidl&v-uiId=" + appConfig.get("v-uiId").asInt();
        csrfToken = uidl.get("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        serverTime(uidl, "init");
        afterResponse(uidl, 0);

        ObjectNode data = JSON.createObjectNode();
        data.put("route", "/" + route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        uidl("navigate", List.of(event(UiTree.UI_NODE, "ui-navigate", data)));
    }

    // ---- UIDL actions

    /** Clicks the button with this component id, with the event data its listener asks for. */
    public void click(String componentId, String step) {
        UiTree.Node button = shown(componentId, step);
        String constant = button.listeners.get("click");
        if (constant == null) {
            throw fail(step, componentId + " has no click listener");
        }
        ObjectNode data = JSON.createObjectNode();
        JsonNode spec = tree.constant(constant);
        if (spec != null) {
            for (String key : spec.propertyNames()) {
                if (key.startsWith("event.")) {
                    // What a script-triggered click reports: no modifier keys, no coordinates.
                    if (key.endsWith("Key")) {
                        data.put(key, false);
                    } else {
                        data.put(key, 0);
                    }
                }
            }
        }
        uidl(step, List.of(event(button.id, "click", data)));
    }

    /** The first shown question field (id {@code q-...}) this parent has not answered yet, if any. */
    public Optional<String> nextUnansweredQuestion() {
        return tree.shownWithIdPrefix("q-").stream()
                .filter(n -> !answered.contains(n.id) && isField(n))
                .map(n -> n.attributes.get("id")).findFirst();
    }

    /**
     * Answers one question the way the browser reports it: a radio group picks one of its radio buttons at
     * random (the button's {@code checked} and the group's {@code value} are synchronised, then their events
     * fired); a text field or area gets a value and a {@code change} event.
     */
    public void answer(String componentId, Random random) {
        UiTree.Node field = shown(componentId, "answer");
        answered.add(field.id);
        String tag = field.tag();
        List<ObjectNode> rpc = new ArrayList<>();
        switch (tag) {
            case "vaadin-radio-group" -> {
                List<UiTree.Node> radios = field.children.stream().map(tree::node)
                        .filter(n -> "vaadin-radio-button".equals(n.tag()) && n.properties.containsKey("value")).toList();
                if (radios.isEmpty()) {
                    throw fail("answer", componentId + " has no radio buttons");
                }
                UiTree.Node radio = radios.get(random.nextInt(radios.size()));
                rpc.add(sync(radio, "checked", JSON.getNodeFactory().booleanNode(true)));
                rpc.add(event(radio.id, syncEvent(radio, "checked"), JSON.createObjectNode()));
                rpc.add(sync(field, "value", radio.properties.get("value")));
                rpc.add(event(field.id, syncEvent(field, "value"), JSON.createObjectNode()));
            }
            case "vaadin-text-field", "vaadin-text-area" -> {
                String value = "decimal".equals(field.attributes.get("inputmode"))
                        ? Integer.toString(random.nextInt(21))
                        : "vaadin-text-area".equals(tag) ? "Inget mer att tillägga just nu." : "Svar";
                rpc.add(sync(field, "value", JSON.getNodeFactory().stringNode(value)));
                rpc.add(event(field.id, syncEvent(field, "value"), JSON.createObjectNode()));
            }
            default -> throw fail("answer", "field type not driven by this client: " + tag + " (" + componentId + ")");
        }
        uidl("answer", rpc);
    }

    public boolean isShown(String componentId) {
        return tree.isShown(componentId);
    }

    public String text(String componentId) {
        return tree.text(componentId);
    }

    public boolean showsText(String text) {
        return tree.showsText(text);
    }

    /** A cookie this browser holds (e.g. HAProxy's node cookie), or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Takes over another parent's cookies: the same browser opening the link again in a new tab. */
    public void takeCookiesOf(VaadinParent other) {
        cookies.putAll(other.cookies);
    }

    /** Forgets the client-side copy of the UI, e.g. before measuring the server's heap in this JVM. */
    public void forgetState() {
        tree = new UiTree();
        answered.clear();
    }

    // ---- plumbing

    private static boolean isField(UiTree.Node n) {
        String tag = n.tag();
        return tag != null && (tag.equals("vaadin-radio-group") || tag.equals("vaadin-text-field")
                || tag.equals("vaadin-text-area") || tag.equals("vaadin-checkbox-group") || tag.equals("vaadin-date-picker"));
    }

    private UiTree.Node shown(String componentId, String step) {
        UiTree.Node n = tree.byComponentId(componentId).orElseThrow(() -> fail(step, "no component " + componentId));
        if (!tree.isShown(n)) {
            throw fail(step, componentId + " is not shown");
        }
        return n;
    }

    /** The event whose listener synchronises this property ("}value" in its event data). */
    private String syncEvent(UiTree.Node n, String property) {
        for (Map.Entry<String, String> l : n.listeners.entrySet()) {
            JsonNode spec = tree.constant(l.getValue());
            if (spec != null && spec.has("}" + property)) {
                return l.getKey();
            }
        }
        throw fail("answer", "the server does not accept " + property + " of node " + n.id + " (" + n.tag() + ")");
    }

    private static ObjectNode sync(UiTree.Node n, String property, JsonNode value) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "mSync");
        o.put("node", n.id);
        o.put("feature", UiTree.PROPERTIES);
        o.put("property", property);
        o.set("value", value);
        return o;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "event");
        o.put("node", node);
        o.put("event", name);
        o.set("data", data);
        return o;
    }

    /** One UIDL round trip; the answer is applied to the tree, then the browser's own follow-ups are sent. */
    private JsonNode uidl(String step, List<ObjectNode> invocations) {
        return uidl(step, invocations, 0);
    }

    private JsonNode uidl(String step, List<ObjectNode> invocations, int depth) {
        if (uidlPath == null) {
            throw fail(step, "no UI yet");
        }
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", csrfToken);
        ArrayNode rpc = payload.putArray("rpc");
        invocations.forEach(rpc::add);
        payload.put("syncId", syncId);
        payload.put("clientId", clientId);
        HttpRequest request = request(base.resolve(uidlPath), "application/json")
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload))).build();
        long start = System.nanoTime();
        HttpResponse<String> response = send(step, request);
        long nanos = System.nanoTime() - start;
        String body = response.body();
        if (response.statusCode() != 200) {
            throw fail(step, "status " + response.statusCode());
        }
        if (body.startsWith(UIDL_PREFIX)) {
            body = body.substring(UIDL_PREFIX.length());
        }
        long parse = System.nanoTime();
        JsonNode json = JSON.readTree(body);
        stats.clientWork(System.nanoTime() - parse);
        if (json.isArray()) {
            json = json.get(0);
        }
        if (json.path("meta").path("sessionExpired").asBoolean(false)) {
            throw fail(step, "session expired");
        }
        if (!json.has("syncId")) {
            throw fail(step, "not a UIDL answer: " + abbreviate(body));
        }
        stats.record(step, nanos, body.length());
        serverTime(json, step);
        syncId = json.get("syncId").asInt();
        clientId = json.path("clientId").asInt(clientId + 1);
        afterResponse(json, depth);
        return json;
    }

    /**
     * Vaadin (with request timing on, as in development mode) puts {@code timings: [total, last]} into each
     * answer, where "last" is the server's time for the session's previous request, writing included.
     */
    private void serverTime(JsonNode uidl, String currentStep) {
        JsonNode timings = uidl.get("timings");
        if (timings != null && timings.size() > 1 && previousVaadinStep != null) {
            stats.recordServerTime(previousVaadinStep, timings.get(1).asInt());
        }
        previousVaadinStep = currentStep;
    }

    /** Applies the answer, reports error notifications, and sends what a browser sends by itself afterwards. */
    private void afterResponse(JsonNode uidl, int depth) {
        long applying = System.nanoTime();
        List<UiTree.PendingSync> pending = tree.apply(uidl);
        stats.clientWork(System.nanoTime() - applying);
        for (UiTree.Node n : tree.newWithTag("vaadin-notification")) {
            JsonNode text = n.properties.get("text");
            stats.error("notification", text == null ? "(no text)" : abbreviate(text.asString()));
        }
        if (depth >= 3) {
            return;
        }
        if (!pending.isEmpty()) {
            List<ObjectNode> rpc = new ArrayList<>();
            for (UiTree.PendingSync p : pending) {
                Object value = UiTree.defaultValue(p.property());
                UiTree.Node n = tree.node(p.node());
                rpc.add(sync(n, p.property(), value instanceof Boolean b
                        ? JSON.getNodeFactory().booleanNode(b) : JSON.getNodeFactory().stringNode((String) value)));
                rpc.add(event(p.node(), p.event(), JSON.createObjectNode()));
                n.properties.put(p.property(), rpc.get(rpc.size() - 2).get("value"));
            }
            uidl("sync", rpc, depth + 1);
        }
        List<ObjectNode> returns = returnChannels(uidl);
        if (!returns.isEmpty()) {
            uidl("return", returns, depth + 1);
        }
    }

    /**
     * executeJs calls whose result the server waits for carry {@code {"@v-return": [node, channel]}} arguments,
     * success first; the browser runs the script and calls the success channel with the (empty) result.
     */
    private static List<ObjectNode> returnChannels(JsonNode uidl) {
        List<ObjectNode> out = new ArrayList<>();
        JsonNode execute = uidl.get("execute");
        if (execute == null) {
            return out;
        }
        for (JsonNode invocation : execute) {
            for (JsonNode arg : invocation) {
                JsonNode ret = arg.isObject() ? arg.get("@v-return") : null;
                if (ret != null && ret.size() == 2) {
                    ObjectNode o = JSON.createObjectNode();
                    o.put("type", "channel");
                    o.put("node", ret.get(0).asInt());
                    o.put("channel", ret.get(1).asInt());
                    o.putArray("args").addNull();
                    out.add(o);
                    break;
                }
            }
        }
        return out;
    }

    private HttpResponse<String> get(String step, URI uri, String accept) {
        long start = System.nanoTime();
        HttpResponse<String> response = send(step, request(uri, accept).GET().build());
        stats.record(step, System.nanoTime() - start, response.body().length());
        return response;
    }

    private HttpRequest.Builder request(URI uri, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", accept)
                .header("Accept-Language", "sv-SE,sv;q=0.9")
                .header("User-Agent", "uppfoljning-load-benchmark");
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return b;
    }

    private HttpResponse<String> send(String step, HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw fail(step, e.getClass().getSimpleName() + " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(step, "interrupted");
        }
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    /** The caller counts the failure once, where it stops the parent. */
    private static StepFailed fail(String step, String message) {
        return new StepFailed(step, message);
    }

    /** The browser details Flow's client adds to the init request (a desktop browser in Stockholm). */
    private static String browserDetails() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("v-sh", "1080");
        p.put("v-sw", "1920");
        p.put("v-wh", "900");
        p.put("v-ww", "1280");
        p.put("v-bh", "900");
        p.put("v-bw", "1280");
        p.put("v-curdate", Long.toString(System.currentTimeMillis()));
        p.put("v-tzo", "-60");
        p.put("v-dstd", "60");
        p.put("v-rtzo", "-60");
        p.put("v-dston", "false");
        p.put("v-tzid", "Europe/Stockholm");
        p.put("v-wn", "v-" + Math.random());
        p.put("v-td", "false");
        p.put("v-pr", "1");
        p.put("v-np", "Linux x86_64");
        p.put("v-cs", "light");
        p.put("v-pv", "VISIBLE");
        p.put("v-fs", "NOT_FULLSCREEN");
        p.put("v-so", "landscape-primary");
        p.put("v-soa", "0");
        p.put("v-tn", "lumo");
        p.put("v-ga", "UNSUPPORTED");
        p.put("v-wla", "SUPPORTED");
        p.put("v-ws", "false");
        return p.entrySet().stream().map(e -> "&" + e.getKey() + "=" + enc(e.getValue())).collect(Collectors.joining());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }
}
