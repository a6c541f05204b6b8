package se.uppfoljning.enquiries;

import static se.uppfoljning.enquiries.ParentAnswerService.closed;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.ResponseService;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateCatalog;

/**
 * The answering flow over one kind of {@link AnswerSlot}, written once for parents ({@link ParentAnswerService})
 * and pupils ({@link PupilAnswerService}): every change locks the slot's row ({@code SELECT ... FOR UPDATE}),
 * refuses a slot that can no longer be used ({@link ParentAnswerService.LinkClosed}: unknown, used, expired,
 * revoked, or what the caller's extra check throws), starts the response when the first answers arrive, and
 * records the submission under a primary key, so a second submit stores nothing. Runs inside the caller's
 * transaction; not a bean: the services hold the security and transaction annotations.
 *
 * @param <S> {@link Invitation} or {@link PupilCode}
 */
final class AnswerSlots<S extends AnswerSlot> {

    private final LongFunction<Optional<S>> find;
    private final LongFunction<Optional<S>> findForUpdate;
    private final Consumer<S> alsoRefuse;
    private final String submissionInsert;
    private final ResponseService responses;
    private final TemplateCatalog catalog;
    private final JdbcClient jdbc;
    private final Clock clock;

    /**
     * @param find             reads a slot by id, without lock
     * @param findForUpdate    reads a slot by id under a pessimistic write lock
     * @param alsoRefuse       throws {@link ParentAnswerService.LinkClosed} for a slot that is open by status but
     *                         must still not be answered (the pupils' consent); runs after the status check
     * @param submissionInsert {@code INSERT} of (slot id, response id, submitted at) into the table whose primary
     *                         key is the slot id
     */
    AnswerSlots(LongFunction<Optional<S>> find, LongFunction<Optional<S>> findForUpdate, Consumer<S> alsoRefuse,
                String submissionInsert, ResponseService responses, TemplateCatalog catalog, JdbcClient jdbc,
                Clock clock) {
        this.find = find;
        this.findForUpdate = findForUpdate;
        this.alsoRefuse = alsoRefuse;
        this.submissionInsert = submissionInsert;
        this.responses = responses;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a page needs to show a slot: its questionnaire and the state of its response (none yet: empty, null). */
    record Snapshot<S extends AnswerSlot>(S slot, SurveyTemplate template, Answers answers, String language,
                                          List<String> languages) {
        boolean started() {
            return slot.getResponseId() != null;
        }
    }

    /** Marks a found slot opened (a refused one stays as it was) and returns its id for the session. */
    long open(S slot) {
        usable(slot).markOpened(clock.instant());
        return slot.getId();
    }

    /** Reads a usable slot without lock, for showing it. */
    Snapshot<S> read(long slotId) {
        S slot = usable(find.apply(slotId).orElseThrow(() -> closed("unknown")));
        SurveyTemplate template = template(slot);
        Long responseId = slot.getResponseId();
        return new Snapshot<>(slot, template, responseId == null ? Answers.empty() : responses.load(responseId),
                responseId == null ? null : responses.info(responseId).language(), catalog.parentLanguages(template));
    }

    /** Starts the response in {@code language}, or switches it; a language the template does not offer is refused. */
    void chooseLanguage(long slotId, String language) {
        S slot = lock(slotId);
        SurveyTemplate template = template(slot);
        if (!catalog.parentLanguages(template).contains(language)) {
            throw new BusinessException("language", "enquiries.answer.error.language");
        }
        if (slot.getResponseId() == null) {
            slot.setResponseId(responses.start(template, slot.purpose(), slot.getCaseId(), slot.getWave().name(),
                    language));
        } else {
            responses.setLanguage(slot.getResponseId(), language);
        }
    }

    /** Saves the answers given and deletes none ({@link ResponseService#saveDraft}). */
    void saveDraft(long slotId, Answers answers) {
        responses.saveDraft(lockedResponse(slotId), answers);
    }

    /** Saves one section if nothing was saved since {@code expectedVersion} ({@link ResponseService#saveSection}). */
    int saveSection(long slotId, int section, Answers answers, int expectedVersion) {
        return responses.saveSection(lockedResponse(slotId), section, answers, expectedVersion);
    }

    /**
     * Validates and freezes the answers and records the submission, exactly once.
     *
     * @param expectedVersion null to submit whatever was saved last; otherwise refused with
     *                        {@link ResponseService.StaleDraftException} when the draft was saved since
     * @return the submitted slot (locked until the caller's transaction ends)
     */
    S submit(long slotId, Answers answers, Integer expectedVersion) {
        S slot = lock(slotId);
        long responseId = ensureResponse(slot);
        if (expectedVersion == null) {
            responses.submit(responseId, answers);
        } else {
            responses.submit(responseId, answers, expectedVersion);
        }
        Instant now = clock.instant();
        try {
            jdbc.sql(submissionInsert).params(slot.getId(), responseId, java.sql.Timestamp.from(now)).update();
        } catch (DuplicateKeyException alreadyThere) {
            // the database's one-submission guarantee: a double click, a second tab or a retried request
            throw closed("used");
        }
        slot.markSubmitted(now);
        return slot;
    }

    private long lockedResponse(long slotId) {
        return ensureResponse(lock(slotId));
    }

    private long ensureResponse(S slot) {
        if (slot.getResponseId() == null) {
            slot.setResponseId(responses.start(template(slot), slot.purpose(), slot.getCaseId(), slot.getWave().name(),
                    slot.startLanguage()));
        }
        return slot.getResponseId();
    }

    private SurveyTemplate template(S slot) {
        return catalog.get(slot.getTemplateId(), slot.getTemplateVersion());
    }

    private S lock(long slotId) {
        return usable(findForUpdate.apply(slotId).orElseThrow(() -> closed("unknown")));
    }

    private S usable(S slot) {
        switch (slot.status(clock.instant())) {
            case SUBMITTED -> throw closed("used");
            case REVOKED -> throw closed("revoked");
            case EXPIRED -> throw closed("expired");
            default -> alsoRefuse.accept(slot);
        }
        return slot;
    }
}
