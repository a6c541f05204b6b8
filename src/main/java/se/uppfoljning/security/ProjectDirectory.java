package se.uppfoljning.security;

import java.util.List;

/**
 * Names of projects and districts for the staff admin screen. Implemented by the cases feature, so that
 * security does not depend on cases (cases depends on security).
 */
public interface ProjectDirectory {

    List<Option> projects();

    List<Option> districts();

    /** Every school, for the school of a school reporter. */
    List<Option> schools();

    record Option(long id, String name) {
    }
}
