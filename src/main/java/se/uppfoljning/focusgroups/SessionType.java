package se.uppfoljning.focusgroups;

import se.uppfoljning.surveys.TemplateKind;

/**
 * What a session records. A project interview (issue #16) is held with representatives of one project at its
 * start, after six months and at any later point; it has the same notes per theme, quotes and codebook as a
 * focus group, belongs to the whole project (no school or district) and counts participants by function.
 */
public enum SessionType {
    FOCUS_GROUP(TemplateKind.FOCUS_GROUP_GUIDE), PROJECT_INTERVIEW(TemplateKind.PROJECT_INTERVIEW_GUIDE);

    private final TemplateKind guideKind;

    SessionType(TemplateKind guideKind) {
        this.guideKind = guideKind;
    }

    public TemplateKind guideKind() {
        return guideKind;
    }
}
