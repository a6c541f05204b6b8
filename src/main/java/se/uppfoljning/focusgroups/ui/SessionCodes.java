package se.uppfoljning.focusgroups.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.focusgroups.CodeData;
import se.uppfoljning.focusgroups.CodeItem;
import se.uppfoljning.focusgroups.CodebookService;
import se.uppfoljning.focusgroups.QdaExportService;

/**
 * The codebook part of the session page (issue #18, item 7): the project's codes as every note and quote editor
 * offers them, a code typed into an editor created on the fly, and the codebook dialog.
 */
class SessionCodes {

    private final CodebookService codebook;
    private final QdaExportService qda;
    private final List<CodeItem> list = new ArrayList<>();
    final ListDataProvider<CodeItem> provider = new ListDataProvider<>(list);
    private long projectId;

    SessionCodes(CodebookService codebook, QdaExportService qda) {
        this.codebook = codebook;
        this.qda = qda;
    }

    /** Loads the project's codes into the shared list. */
    void load(long projectId) {
        this.projectId = projectId;
        list.clear();
        list.addAll(codebook.codes(projectId));
        provider.refreshAll();
    }

    /** Creates the typed code and adds it to {@code target}'s value; a refused name shows on the field. */
    void create(String name, MultiSelectComboBox<CodeItem> target) {
        try {
            CodeItem created = codebook.create(projectId, new CodeData(name, null));
            list.add(created);
            list.sort(Comparator.comparing(CodeItem::name, String.CASE_INSENSITIVE_ORDER));
            provider.refreshAll();
            Set<CodeItem> value = new HashSet<>(target.getValue());
            value.add(created);
            target.setValue(value);
        } catch (BusinessException e) {
            target.setErrorMessage(target.getTranslation(e.messageKey(), e.args()));
            target.setInvalid(true);
        }
    }

    /** Opens the codebook; {@code onChange} runs after every change made there. */
    void openDialog(Runnable onChange) {
        new CodebookDialog(codebook, qda, projectId, onChange).open();
    }
}
