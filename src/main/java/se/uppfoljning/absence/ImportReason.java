package se.uppfoljning.absence;

import java.util.List;

/** One reason a row is refused, with the values the message names (column, value, line). */
public record ImportReason(Rejection kind, List<String> args) {

    public ImportReason {
        args = List.copyOf(args);
    }

    public static ImportReason of(Rejection kind, String... args) {
        return new ImportReason(kind, List.of(args));
    }

    public String messageKey() {
        return kind.messageKey();
    }
}
