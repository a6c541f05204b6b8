package se.uppfoljning.load;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;

/**
 * What one parent does with a one-time link: open it, choose Swedish, answer every shown question page by
 * page (Next saves each page on the server) and submit. Pauses between actions stand for reading and
 * thinking. Every loop is bounded, and a deadline stops a parent that is still busy when the run must end.
 */
public final class ParentScenario {

    static final int MAX_PAGES = 20;
    static final int MAX_ANSWERS_PER_PAGE = 40;

    /** Thinking time between two actions, drawn uniformly from [min, max]. */
    public record Pacing(Duration min, Duration max) {
        public static Pacing none() {
            return new Pacing(Duration.ZERO, Duration.ZERO);
        }
    }

    private final VaadinParent parent;
    private final Random random;
    private final Pacing pacing;
    private final Instant deadline;

    public ParentScenario(VaadinParent parent, Random random, Pacing pacing, Instant deadline) {
        this.parent = parent;
        this.random = random;
        this.pacing = pacing;
        this.deadline = deadline;
    }

    /** Link, bootstrap, init and navigation: the parent sees the language choice. */
    public void open(String token) {
        parent.openLink(token);
        parent.startUi("enkat/svar");
        require(parent.isShown("lang-sv"), "navigate", "no language choice shown");
    }

    public void chooseSwedish() {
        pause();
        parent.click("lang-sv", "language");
        require(parent.isShown("survey-next") || parent.isShown("survey-submit"), "language", "no form shown");
    }

    /** Answers every shown question of the current page (new ones may appear through show-if rules). */
    public int fillPage() {
        int answered = 0;
        for (int i = 0; i < MAX_ANSWERS_PER_PAGE; i++) {
            Optional<String> next = parent.nextUnansweredQuestion();
            if (next.isEmpty()) {
                return answered;
            }
            pause();
            parent.answer(next.get(), random);
            answered++;
        }
        return answered;
    }

    /** Fills pages and presses Next until the submit button is shown. */
    public int answerToLastPage() {
        for (int page = 1; page <= MAX_PAGES; page++) {
            fillPage();
            if (parent.isShown("survey-submit")) {
                return page;
            }
            require(parent.isShown("survey-next"), "next", "neither Next nor Submit is shown");
            String before = parent.text("survey-progress-text");
            pause();
            parent.click("survey-next", "next");
            require(!before.equals(parent.text("survey-progress-text")), "next", "the form did not move on (" + before + ")");
        }
        throw new VaadinParent.StepFailed("next", "more than " + MAX_PAGES + " pages");
    }

    /** Presses Submit; true if the thank-you heading is shown afterwards (the submission was acknowledged). */
    public boolean submit(String thanksTitle) {
        pause();
        parent.click("survey-submit", "submit");
        return parent.showsText(thanksTitle);
    }

    private void pause() {
        if (Instant.now().isAfter(deadline)) {
            throw new VaadinParent.StepFailed("deadline", "the run's time limit was reached");
        }
        long min = pacing.min().toMillis();
        long max = pacing.max().toMillis();
        long ms = max <= min ? min : min + (long) (random.nextDouble() * (max - min));
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VaadinParent.StepFailed("deadline", "interrupted");
            }
        }
    }

    private static void require(boolean condition, String step, String message) {
        if (!condition) {
            throw new VaadinParent.StepFailed(step, message);
        }
    }
}
