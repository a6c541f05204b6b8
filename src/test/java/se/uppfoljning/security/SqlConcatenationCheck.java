package se.uppfoljning.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<Violation> out = new ArrayList<>();
        for (int i = 1; i + 1 < t.size(); i++) {
            Token name = t.get(i);
            Token before = t.get(i - 1);
            if (name.kind() == Kind.IDENT && QUERY_CALLS.contains(name.text()) && t.get(i + 1).is("(")
                    && (before.is(".") || before.is("@"))) {
                callsSeen++;
                String problem = argumentProblem(t, i + 2);
                if (problem != null) {
                    out.add(new Violation(file, name.line(), name.text() + "(…): " + problem));
                }
            }
        }
        for (int i = 0; i < t.size(); i++) {
            Token s = t.get(i);
            if (s.kind() == Kind.STR && SQL.matcher(s.text()).matches()) {
                String problem = literalProblem(t, i);
                if (problem != null) {
                    out.add(new Violation(file, s.line(), problem));
                }
            }
        }
        out.removeIf(v -> joinsOnlyTheScopedCasesFragment(file, source, v.line()));
        return out;
    }

    /**
     * The one SQL fragment trusted to be joined: {@code se.uppfoljning.cases.ScopedCases} (issue #11, report reads),
     * whose text is built only from literals and the names of the parameters it generates ({@code :scoped_*}); its
     * values always go in through {@code params()}. A statement is exempt when it or its neighbours
     * use that fragment ({@code scoped.idsSubquery()}, {@code scoped.where()}) within 16 lines above or 6 below, and
     * the class itself is exempt.
     */
    private static boolean joinsOnlyTheScopedCasesFragment(String file, String source, int line) {
        if (file.replace('\\', '/').equals("se/uppfoljning/cases/ScopedCases.java")) {
            return true;
        }
        String[] lines = source.split("\n", -1);
        for (int l = Math.max(1, line - 16); l <= Math.min(lines.length, line + 6); l++) {
            if (lines[l - 1].contains("scoped.idsSubquery()") || lines[l - 1].contains("scoped.where()")) {
                return true;
            }
        }
        return false;
    }

    /** Checks the first argument, which starts at {@code start}. */
    private static String argumentProblem(List<Token> t, int start) {
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
                return "built with ." + k.text() + "(…)";
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
            if (!isFixed(operand)) {
                return "joins " + text(operand) + " into the query text";
            }
        }
        return null;
    }

    /** An SQL-looking literal may be joined only with literals, numbers and constants, in either direction. */
    private static String literalProblem(List<Token> t, int at) {
        int i = at + 1;
        while (i < t.size()) {
            if (i + 1 < t.size() && t.get(i).is(".") && BUILDERS.contains(t.get(i + 1).text())) {
                return "SQL text built with ." + t.get(i + 1).text() + "(…)";
            }
            if (!t.get(i).is("+")) {
                break;
            }
            int end = operandEnd(t, i + 1);
            List<Token> operand = t.subList(i + 1, end);
            if (!isFixed(operand)) {
                return "SQL text joined with " + text(operand);
            }
            i = end;
        }
        i = at - 1;
        while (i > 0 && t.get(i).is("+")) {
            int begin = operandBegin(t, i - 1);
            List<Token> operand = t.subList(begin, i);
            if (!isFixed(operand)) {
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
