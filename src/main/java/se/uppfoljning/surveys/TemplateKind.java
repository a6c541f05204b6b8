package se.uppfoljning.surveys;

/**
 * What a template is used for. In files: parent-enquiry, rating-form, focus-group-guide, project-interview-guide
 * (themes of the interviews with each project at start and after six months, issue #16), pupil-enquiry (the pupil's
 * own questionnaire, grades 4-9, answered with a code staff issue per case and wave, issue #16).
 */
public enum TemplateKind {
    PARENT_ENQUIRY("parent-enquiry"), RATING_FORM("rating-form"), FOCUS_GROUP_GUIDE("focus-group-guide"),
    PROJECT_INTERVIEW_GUIDE("project-interview-guide"), PUPIL_ENQUIRY("pupil-enquiry");

    private final String fileName;

    TemplateKind(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static TemplateKind fromFileName(String name) {
        for (TemplateKind k : values()) {
            if (k.fileName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
