package se.uppfoljning.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of one Vaadin UI's state tree, built from the {@code changes} of UIDL responses the way
 * Flow's client does it (Vaadin 25.2): every change names a node and a feature, and the features used here are
 * the element data (tag, {@code visible}), properties, children, attributes, event listeners and text. Nodes of
 * invisible components arrive with their tag only; their details come when they become visible.
 */
public final class UiTree {

    // Feature ids as Flow numbers them (NodeFeatureRegistry); checked against a captured Chromium session.
    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;

    /** One state node: an element or a text node. */
    static final class Node {
        final int id;
        Integer parent;
        final Map<String, JsonNode> data = new HashMap<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        /** event name → key of the constant that lists the event data the server wants */
        final Map<String, String> listeners = new LinkedHashMap<>();
        final List<Integer> children = new ArrayList<>();
        String text;
        boolean detached;

        Node(int id) {
            this.id = id;
        }

        String tag() {
            JsonNode tag = data.get("tag");
            return tag == null ? null : tag.asString();
        }

        boolean hidden() {
            JsonNode visible = data.get("visible");
            return visible != null && !visible.asBoolean();
        }
    }

    /** A listener that arrived in the last response whose property the server has not set: see {@link #apply}. */
    record PendingSync(int node, String event, String property) {
    }

    static final int UI_NODE = 1;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final List<Node> tagged = new ArrayList<>();

    Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    /**
     * Applies one UIDL message and returns the property synchronisations a browser would send back at once:
     * Vaadin's web components announce the initial value of every synchronised property ({@code value},
     * {@code checked}) that the server has not set, as soon as their element is created.
     */
    List<PendingSync> apply(JsonNode uidl) {
        JsonNode c = uidl.get("constants");
        if (c != null) {
            c.properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        }
        Set<Integer> newListeners = new LinkedHashSet<>();
        tagged.clear();
        JsonNode changes = uidl.get("changes");
        if (changes != null) {
            for (JsonNode change : changes) {
                applyChange(change, newListeners);
            }
        }
        List<PendingSync> pending = new ArrayList<>();
        for (int id : newListeners) {
            Node n = nodes.get(id);
            n.listeners.forEach((event, constantKey) -> {
                JsonNode spec = constants.get(constantKey);
                if (spec == null) {
                    return;
                }
                for (String key : spec.propertyNames()) {
                    if (key.startsWith("}")) {
                        String property = key.substring(1);
                        if (!n.properties.containsKey(property) && defaultValue(property) != null) {
                            pending.add(new PendingSync(id, event, property));
                        }
                    }
                }
            });
        }
        return pending;
    }

    /** The value a freshly created web component reports for a property before anyone touched it. */
    static Object defaultValue(String property) {
        return switch (property) {
            case "value" -> "";
            case "checked" -> false;
            default -> null;
        };
    }

    private void applyChange(JsonNode change, Set<Integer> newListeners) {
        int id = change.get("node").asInt();
        String type = change.get("type").asString();
        Node n = node(id);
        int feature = change.path("feat").asInt(-1);
        switch (type) {
            case "attach" -> n.detached = false;
            case "detach" -> n.detached = true;
            case "put" -> {
                String key = change.get("key").asString();
                JsonNode value = change.has("value") ? change.get("value") : change.get("nodeValue");
                switch (feature) {
                    case ELEMENT_DATA -> {
                        n.data.put(key, value);
                        if (key.equals("tag")) {
                            tagged.add(n);
                        }
                    }
                    case PROPERTIES -> n.properties.put(key, value);
                    case ATTRIBUTES -> {
                        n.attributes.put(key, value.asString());
                        if (key.equals("id")) {
                            byId.put(value.asString(), id);
                        }
                    }
                    case LISTENERS -> {
                        n.listeners.put(key, value.asString());
                        newListeners.add(id);
                    }
                    case TEXT -> n.text = value.asString();
                    default -> { }
                }
            }
            case "remove" -> {
                String key = change.get("key").asString();
                switch (feature) {
                    case ELEMENT_DATA -> n.data.remove(key);
                    case PROPERTIES -> n.properties.remove(key);
                    case ATTRIBUTES -> n.attributes.remove(key);
                    case LISTENERS -> n.listeners.remove(key);
                    default -> { }
                }
            }
            case "splice" -> {
                if (feature != CHILDREN && !change.has("addNodes")) {
                    return; // lists of plain values (e.g. class names, return channels) are not needed here
                }
                List<Integer> list = feature == CHILDREN ? n.children : new ArrayList<>();
                int index = change.path("index").asInt();
                int removed = change.path("remove").asInt(0);
                for (int i = 0; i < removed && index < list.size(); i++) {
                    Integer child = list.remove(index);
                    Node old = nodes.get(child);
                    if (old != null && Integer.valueOf(id).equals(old.parent)) {
                        old.parent = null;
                    }
                }
                JsonNode add = change.get("addNodes");
                if (add != null) {
                    int at = index;
                    for (JsonNode a : add) {
                        int child = a.asInt();
                        node(child).parent = id;
                        list.add(Math.min(at++, list.size()), child);
                    }
                }
            }
            case "clear" -> {
                if (feature == CHILDREN) {
                    for (int child : n.children) {
                        Node old = nodes.get(child);
                        if (old != null && Integer.valueOf(id).equals(old.parent)) {
                            old.parent = null;
                        }
                    }
                    n.children.clear();
                }
            }
            default -> { }
        }
    }

    /** The node whose {@code id} attribute is this component id ({@code setId}), if it is attached. */
    Optional<Node> byComponentId(String componentId) {
        Integer id = byId.get(componentId);
        return id == null ? Optional.empty() : Optional.of(nodes.get(id)).filter(n -> !n.detached);
    }

    /** Visible on screen: attached under the UI and neither it nor any ancestor is hidden. */
    boolean isShown(Node n) {
        Node c = n;
        for (int depth = 0; c != null && depth < 200; depth++) {
            if (c.detached || c.hidden()) {
                return false;
            }
            if (c.id == UI_NODE) {
                return true;
            }
            c = c.parent == null ? null : nodes.get(c.parent);
        }
        return false;
    }

    boolean isShown(String componentId) {
        return byComponentId(componentId).map(this::isShown).orElse(false);
    }

    /** The text content of a node and its descendants, as the browser would show it. */
    String text(Node n) {
        StringBuilder sb = new StringBuilder();
        appendText(n, sb, 0);
        return sb.toString();
    }

    String text(String componentId) {
        return byComponentId(componentId).map(this::text).orElse("");
    }

    private void appendText(Node n, StringBuilder sb, int depth) {
        if (depth > 50) {
            return;
        }
        if (n.text != null) {
            sb.append(n.text);
        }
        for (int child : n.children) {
            appendText(node(child), sb, depth + 1);
        }
    }

    /** Every shown element whose component id starts with the prefix, in tree order. */
    List<Node> shownWithIdPrefix(String prefix) {
        List<Node> out = new ArrayList<>();
        collect(node(UI_NODE), prefix, out, 0);
        return out;
    }

    private void collect(Node n, String prefix, List<Node> out, int depth) {
        if (depth > 200 || n.detached || n.hidden()) {
            return;
        }
        String id = n.attributes.get("id");
        if (id != null && id.startsWith(prefix)) {
            out.add(n);
        }
        for (int child : n.children) {
            collect(node(child), prefix, out, depth + 1);
        }
        if (n.id == UI_NODE) {
            // The UI keeps the view's container among its "virtual children", a list other than CHILDREN.
            for (Node v : List.copyOf(nodes.values())) {
                if (Integer.valueOf(UI_NODE).equals(v.parent) && !n.children.contains(v.id)) {
                    collect(v, prefix, out, depth + 1);
                }
            }
        }
    }

    /** Whether any shown text node carries exactly this text (e.g. a heading after submit). */
    boolean showsText(String text) {
        return nodes.values().stream().anyMatch(n -> text.equals(n.text) && isShown(n));
    }

    /** Nodes that got this tag in the last message applied, e.g. new notifications. */
    List<Node> newWithTag(String tag) {
        return tagged.stream().filter(n -> !n.detached && tag.equals(n.tag())).toList();
    }

    JsonNode constant(String key) {
        return constants.get(key);
    }

    int size() {
        return nodes.size();
    }
}
