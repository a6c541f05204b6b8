package se.uppfoljning.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A small static check that SQL is never built from variables. It reads Java source as tokens (so comments and
 * the insides of string literals cannot confuse it) and reports:
 * <ol>
 * <li>the first argument of a query-building call ({@code jdbc.sql(}, {@code createQuery(},
 * {@code createNativeQuery(}, {@code @Query(} …) that joins anything but string literals and UPPER_CASE constants
 * with {@code +}, or that uses {@code formatted/format/concat/append/replace};</li>
 * <li>any string literal that looks like SQL and is joined with {@code +} to something other than a literal, a
 * number or a constant, or passed through {@code .formatted(} or {@code String.format(}: that catches
 * {@code String sql = "SELECT … " + name; jdbc.sql(sql)}.</li>
 * </ol>
 * Constants are trusted because they are fixed at compile time; values go in with {@code ?} or {@code :name}.
 * The one other fragment trusted to be joined is {@code se.uppfoljning.cases.ScopedCases} (issue #11, report reads;
 * issue #18, case searches), whose text is built only from literals and the names of the parameters it generates
 * ({@code :scoped_*}); its values always go in through {@code params()}. Trust is decided on tokens, per operand:
 * <ul>
 * <li>{@code x.where()} and {@code x.idsSubquery()}, where every declaration of {@code x} in the file has the type
 * {@code ScopedCases} (so {@code var x}, a lambda parameter {@code x} or any other type named {@code x} is not);</li>
 * <li>a local {@code String y = …;} declared once and never assigned again whose value joins only literals,
 * constants and trusted operands (ResponseService's {@code submitted} condition);</li>
 * <li>{@code "…".formatted(…)} on a literal whose arguments are all literals, constants or trusted operands.</li>
 * </ul>
 * Anything else joined next to such a fragment is still reported; the class {@code ScopedCases} itself is exempt.
 */
final class SqlConcatenationCheck {

    static final Set<String> QUERY_CALLS = Set.of("sql", "createQuery", "createNativeQuery", "createSelectionQuery",
            "createMutationQuery", "prepareStatement", "prepareCall", "executeQuery", "executeUpdate", "addBatch",
            "queryForObject", "queryForList", "queryForMap", "batchUpdate", "Query", "NativeQuery");
    private static final Set<String> BUILDERS = Set.of("formatted", "format", "concat", "append", "replace",
            "replaceAll", "join");
    private static final Pattern SQL = Pattern.compile("(?is).*\\b(select\\b.*\\bfrom|insert\\s+into|update\\s+\\w+\\s+set"
            + "|delete\\s+from|where\\s+\\w+(\\.\\w+)?\\s*(=|<|>|like\\b|in\\b|is\\b)).*");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final String SCOPED_CASES = "ScopedCases";
    private static final Set<String> SCOPED_FRAGMENTS = Set.of("where", "idsSubquery");
    /** Words that can stand before a name without being its type ({@code return x;}). */
    private static final Set<String> NOT_TYPES = Set.of("return", "new", "throw", "case", "yield", "else", "assert",
            "this", "super");
    private static final String COMPOUND = "+-*/%&|^";

    enum Kind { STR, IDENT, NUM, SYM }

    record Token(Kind kind, String text, int line) {
        boolean is(String symbol) {
            return kind == Kind.SYM && text.equals(symbol);
        }
    }

    record Violation(String file, int line, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + " " + reason;
        }
    }

    /** Number of query-building calls seen, so a test can tell that the check looked at something. */
    int callsSeen;

    List<Violation> scan(Path sourceRoot) {
        List<Violation> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                out.addAll(check(sourceRoot.relativize(f).toString(), Files.readString(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    List<Violation> check(String file, String source) {
        List<Token> t = tokens(source);
        Trust trust = Trust.of(t);
        List<Violation> out = new ArrayList<>();
        for (int i = 1; i + 1 < t.size(); i++) {
            Token name = t.get(i);
            Token before = t.get(i - 1);
            if (name.kind() == Kind.IDENT && QUERY_CALLS.contains(name.text()) && t.get(i + 1).is("(")
                    && (before.is(".") || before.is("@"))) {
                callsSeen++;
                String problem = argumentProblem(t, i + 2, trust);
                if (problem != null) {
                    out.add(new Violation(file, name.line(), name.text() + "(…): " + problem));
                }
            }
        }
        for (int i = 0; i < t.size(); i++) {
            Token s = t.get(i);
            if (s.kind() == Kind.STR && SQL.matcher(s.text()).matches()) {
                String problem = literalProblem(t, i, trust);
                if (problem != null) {
                    out.add(new Violation(file, s.line(), problem));
                }
            }
        }
        if (file.replace('\\', '/').equals("se/uppfoljning/cases/ScopedCases.java")) {
            out.clear(); // builds the trusted fragment itself, from literals and generated parameter names
        }
        return out;
    }

    /**
     * The names trusted in one file: {@code scoped} variables whose every declaration has the type
     * {@code ScopedCases}, and {@code strings}, locals declared once as {@code String}, never assigned again, whose
     * value joins only trusted operands (found by repeating until nothing changes).
     */
    record Trust(Set<String> scoped, Set<String> strings) {

        static Trust of(List<Token> t) {
            Map<String, List<Integer>> declarations = new HashMap<>();
            Map<String, Integer> assignments = new HashMap<>();
            Set<String> untypedLambdaParameters = new HashSet<>();
            for (int k = 1; k + 2 < t.size(); k++) {
                Token name = t.get(k);
                if (name.kind() != Kind.IDENT || t.get(k - 1).is(".")) {
                    continue;
                }
                Token type = t.get(k - 1);
                Token next = t.get(k + 1);
                boolean typed = type.kind() == Kind.IDENT && !NOT_TYPES.contains(type.text()) || type.is(">")
                        || type.is("]");
                if (typed && (next.is("=") || next.is(";") || next.is(",") || next.is(")") || next.is(":"))) {
                    declarations.computeIfAbsent(name.text(), n -> new ArrayList<>()).add(k);
                }
                if (next.is("=") && !t.get(k + 2).is("=") || next.kind() == Kind.SYM
                        && COMPOUND.contains(next.text()) && t.get(k + 2).is("=")) {
                    assignments.merge(name.text(), 1, Integer::sum);
                }
                if (next.is("-") && t.get(k + 2).is(">")
                        || next.is(")") && type.is("(") && t.get(k + 2).is("-") && k + 3 < t.size()
                        && t.get(k + 3).is(">")) {
                    untypedLambdaParameters.add(name.text());
                }
            }
            Set<String> scoped = new HashSet<>();
            declarations.forEach((name, at) -> {
                if (!untypedLambdaParameters.contains(name)
                        && at.stream().allMatch(k -> t.get(k - 1).text().equals(SCOPED_CASES))) {
                    scoped.add(name);
                }
            });
            Trust trust = new Trust(scoped, new HashSet<>());
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Map.Entry<String, List<Integer>> d : declarations.entrySet()) {
                    String name = d.getKey();
                    if (trust.strings().contains(name) || d.getValue().size() != 1
                            || untypedLambdaParameters.contains(name)
                            || assignments.getOrDefault(name, 0) != 1) {
                        continue;
                    }
                    int k = d.getValue().getFirst();
                    if (!t.get(k - 1).text().equals("String") || !t.get(k + 1).is("=")) {
                        continue;
                    }
                    int end = k + 2;
                    while (end < t.size() && !t.get(end).is(";")) {
                        end++;
                    }
                    List<List<Token>> operands = operands(t.subList(k + 2, end));
                    if (operands != null && operands.stream().allMatch(trust::isTrusted)) {
                        trust.strings().add(name);
                        changed = true;
                    }
                }
            }
            return trust;
        }

        /** A fixed operand, a ScopedCases fragment, a trusted string, or a literal formatted with trusted operands. */
        boolean isTrusted(List<Token> operand) {
            if (isFixed(operand)) {
                return true;
            }
            if (operand.size() == 1) {
                return operand.getFirst().kind() == Kind.IDENT && strings.contains(operand.getFirst().text());
            }
            if (operand.size() == 5 && operand.get(0).kind() == Kind.IDENT && scoped.contains(operand.get(0).text())
                    && operand.get(1).is(".") && SCOPED_FRAGMENTS.contains(operand.get(2).text())
                    && operand.get(3).is("(") && operand.get(4).is(")")) {
                return true;
            }
            if (operand.size() >= 5 && operand.get(0).kind() == Kind.STR && operand.get(1).is(".")
                    && operand.get(2).text().equals("formatted") && operand.get(3).is("(")
                    && skipGroup(operand, 3) == operand.size() - 1) {
                return formattedArgumentsTrusted(operand, 3);
            }
            if (operand.size() >= 3 && operand.getFirst().is("(") && skipGroup(operand, 0) == operand.size() - 1) {
                List<List<Token>> inner = operands(operand.subList(1, operand.size() - 1));
                return inner != null && inner.stream().allMatch(this::isTrusted);
            }
            return false;
        }

        /** The arguments of the {@code .formatted(} group opening at {@code open}, each trusted. */
        boolean formattedArgumentsTrusted(List<Token> t, int open) {
            int close = skipGroup(t, open);
            List<Token> current = new ArrayList<>();
            int depth = 0;
            for (int i = open + 1; i < close; i++) {
                Token k = t.get(i);
                if (depth == 0 && k.is(",")) {
                    List<List<Token>> parts = operands(current);
                    if (parts == null || !parts.stream().allMatch(this::isTrusted)) {
                        return false;
                    }
                    current = new ArrayList<>();
                    continue;
                }
                if (k.is("(") || k.is("[") || k.is("{")) {
                    depth++;
                } else if (k.is(")") || k.is("]") || k.is("}")) {
                    depth--;
                }
                current.add(k);
            }
            List<List<Token>> parts = operands(current);
            return parts != null && parts.stream().allMatch(this::isTrusted);
        }
    }

    /**
     * {@code tokens} split at the {@code +} outside brackets; null if it is empty or uses another builder than a
     * literal's {@code .formatted(}.
     */
    private static List<List<Token>> operands(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (k.kind() == Kind.IDENT && BUILDERS.contains(k.text()) && i > 0 && tokens.get(i - 1).is(".")
                    && !(k.text().equals("formatted") && i > 1 && tokens.get(i - 2).kind() == Kind.STR)) {
                return null;
            }
            if (k.is("(") || k.is("[") || k.is("{")) {
                depth++;
            } else if (k.is(")") || k.is("]") || k.is("}")) {
                depth--;
            }
            if (depth == 0 && k.is("+")) {
                out.add(current);
                current = new ArrayList<>();
            } else {
                current.add(k);
            }
        }
        out.add(current);
        return out;
    }

    /** Checks the first argument, which starts at {@code start}. */
    private static String argumentProblem(List<Token> t, int start, Trust trust) {
        int i = start;
        if (i + 1 < t.size() && t.get(i).kind() == Kind.IDENT && t.get(i + 1).is("=")) {
            i += 2; // @Query(value = "…")
        }
        List<List<Token>> operands = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (; i < t.size(); i++) {
            Token k = t.get(i);
            if (depth == 0 && (k.is(",") || k.is(")"))) {
                break;
            }
            if (k.is("(") || k.is("[") || k.is("{")) {
                depth++;
            } else if (k.is(")") || k.is("]") || k.is("}")) {
                depth--;
            }
            if (k.kind() == Kind.IDENT && BUILDERS.contains(k.text()) && i > 0 && t.get(i - 1).is(".")) {
                if (!isTrustedFormat(t, i, trust)) {
                    return "built with ." + k.text() + "(…)";
                }
                int close = skipGroup(t, i + 1);
                current.addAll(t.subList(i, close + 1));
                i = close;
                continue;
            }
            if (depth == 0 && k.is("+")) {
                operands.add(current);
                current = new ArrayList<>();
            } else {
                current.add(k);
            }
        }
        operands.add(current);
        if (operands.size() == 1) {
            return null;
        }
        for (List<Token> operand : operands) {
            if (!trust.isTrusted(operand)) {
                return "joins " + text(operand) + " into the query text";
            }
        }
        return null;
    }

    /** An SQL-looking literal may be joined only with literals, numbers and constants, in either direction. */
    private static String literalProblem(List<Token> t, int at, Trust trust) {
        int i = at + 1;
        while (i < t.size()) {
            if (i + 1 < t.size() && t.get(i).is(".") && BUILDERS.contains(t.get(i + 1).text())) {
                if (!isTrustedFormat(t, i + 1, trust)) {
                    return "SQL text built with ." + t.get(i + 1).text() + "(…)";
                }
                i = skipGroup(t, i + 2) + 1;
                continue;
            }
            if (!t.get(i).is("+")) {
                break;
            }
            int end = operandEnd(t, i + 1);
            List<Token> operand = t.subList(i + 1, end);
            if (!trust.isTrusted(operand)) {
                return "SQL text joined with " + text(operand);
            }
            i = end;
        }
        i = at - 1;
        while (i > 0 && t.get(i).is("+")) {
            int begin = operandBegin(t, i - 1);
            List<Token> operand = t.subList(begin, i);
            if (!trust.isTrusted(operand)) {
                return "SQL text joined with " + text(operand);
            }
            i = begin - 1;
        }
        if (at >= 4 && t.get(at - 1).is("(") && t.get(at - 2).text().equals("format") && t.get(at - 3).is(".")
                && t.get(at - 4).text().equals("String")) {
            return "SQL text built with String.format(…)";
        }
        return null;
    }

    /** {@code "…".formatted(…)} with the builder's name at {@code name}, a literal before it and trusted arguments. */
    private static boolean isTrustedFormat(List<Token> t, int name, Trust trust) {
        return t.get(name).text().equals("formatted") && name >= 2 && t.get(name - 2).kind() == Kind.STR
                && name + 1 < t.size() && t.get(name + 1).is("(") && trust.formattedArgumentsTrusted(t, name + 1);
    }

    /** One operand after a {@code +}: a literal, or a name path with calls and indexes. */
    private static int operandEnd(List<Token> t, int start) {
        int i = start;
        if (i < t.size() && (t.get(i).kind() == Kind.STR || t.get(i).kind() == Kind.NUM)) {
            return i + 1;
        }
        if (i < t.size() && t.get(i).is("(")) {
            return skipGroup(t, i) + 1;
        }
        while (i < t.size()) {
            if (t.get(i).kind() == Kind.IDENT) {
                i++;
            } else if (t.get(i).is("(") || t.get(i).is("[")) {
                i = skipGroup(t, i) + 1;
            } else if (t.get(i).is(".")) {
                i++;
            } else {
                break;
            }
        }
        return Math.max(i, start + 1);
    }

    private static int operandBegin(List<Token> t, int end) {
        int i = end;
        if (t.get(i).kind() == Kind.STR || t.get(i).kind() == Kind.NUM) {
            return i;
        }
        while (i > 0) {
            Token k = t.get(i);
            if (k.is(")") || k.is("]")) {
                int depth = 0;
                for (; i >= 0; i--) {
                    if (t.get(i).is(")") || t.get(i).is("]")) {
                        depth++;
                    } else if (t.get(i).is("(") || t.get(i).is("[")) {
                        if (--depth == 0) {
                            break;
                        }
                    }
                }
                i--;
            } else if (k.kind() == Kind.IDENT) {
                if (i > 0 && t.get(i - 1).is(".")) {
                    i -= 2;
                } else {
                    return i;
                }
            } else {
                return i + 1;
            }
        }
        return Math.max(i, 0);
    }

    private static int skipGroup(List<Token> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            if (t.get(i).is("(") || t.get(i).is("[") || t.get(i).is("{")) {
                depth++;
            } else if (t.get(i).is(")") || t.get(i).is("]") || t.get(i).is("}")) {
                if (--depth == 0) {
                    return i;
                }
            }
        }
        return t.size() - 1;
    }

    /** A literal, a number, or a dotted path ending in an UPPER_CASE constant (e.g. {@code AuditSql.MATCHES}). */
    private static boolean isFixed(List<Token> operand) {
        if (operand.size() == 1 && (operand.getFirst().kind() == Kind.STR || operand.getFirst().kind() == Kind.NUM)) {
            return true;
        }
        if (operand.isEmpty() || operand.size() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < operand.size(); i++) {
            Token k = operand.get(i);
            if (i % 2 == 1 ? !k.is(".") : k.kind() != Kind.IDENT) {
                return false;
            }
        }
        return CONSTANT.matcher(operand.getLast().text()).matches();
    }

    private static String text(List<Token> operand) {
        StringBuilder sb = new StringBuilder();
        operand.forEach(k -> sb.append(k.kind() == Kind.STR ? "\"…\"" : k.text()));
        return sb.toString();
    }

    /** Java tokens; comments dropped, string and text-block contents kept as one token each. */
    static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                line += count(s, i, end);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int j = i + 3;
                while (j < s.length() && !(s.startsWith("\"\"\"", j) && s.charAt(j - 1) != '\\')) {
                    j++;
                }
                out.add(new Token(Kind.STR, s.substring(i + 3, Math.min(j, s.length())), line));
                line += count(s, i, Math.min(j + 3, s.length()));
                i = j + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                out.add(new Token(c == '"' ? Kind.STR : Kind.NUM, s.substring(i + 1, Math.min(j, s.length())), line));
                i = j + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
                    j++;
                }
                out.add(new Token(Kind.IDENT, s.substring(i, j), line));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '.')) {
                    j++;
                }
                out.add(new Token(Kind.NUM, s.substring(i, j), line));
                i = j;
            } else {
                out.add(new Token(Kind.SYM, String.valueOf(c), line));
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
