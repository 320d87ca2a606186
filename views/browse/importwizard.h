#pragma once

#include "desiredgroup.h"
#include "importapplier.h"
#include "importmapping.h"
#include "importplan.h"
#include "tableparser.h"

#include <QDialog>
#include <QPointer>

class CurrentValuesSource;
class EditService;
class ImportPlanFilterProxy;
class ImportPlanModel;
class PostHogClient;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

/**
 * Bulk edit of one group type's groups: source (CSV/TSV file or a pasted table) -> mapping
 * (key column, property names, types, empty cells) -> review of the dry run (filters,
 * export) -> apply (progress, rate, time left, pause, cancel) -> summary (failures with
 * reasons, retry failed, undo the import).
 *
 * Starting from a selection ("Set property on N selected groups…") skips source and mapping.
 * An unfinished journal in the app's data folder is offered for resuming when it opens.
 * Every write goes through EditService via ImportApplier; nothing here talks to the network.
 */
class ImportWizard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum class Step
    {
        Source,
        Mapping,
        Reading,
        Review,
        Applying,
        Summary,
    };

    ImportWizard(PostHogClient *client, EditService *edits, int typeIndex, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Plans `groups` (a selection) at once, skipping source and mapping.
    void planSelection(const QList<DesiredGroup> &groups, const QString &description);
    /// Resumes the journal at `path` (applies its pending writes).
    void resumeJournal(const QString &path);

    Step step() const;
    // For tests and the screenshot: the widgets a user drives.
    QPlainTextEdit *sourceEditor() const { return m_sourceText; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *undoButton() const { return m_undo; }
    QComboBox *emptyCellsBox() const { return m_empty; }
    QTableWidget *mappingTable() const { return m_mapping; }
    QLineEdit *filterField() const { return m_filter; }
    QTableView *reviewView() const { return m_review; }
    ImportPlanModel *planModel() const { return m_planModel; }
    ImportPlanFilterProxy *planProxy() const { return m_proxy; }
    QLabel *summaryLabel() const { return m_summary; }
    QListWidget *failureList() const { return m_failures; }
    ImportApplier *applier() const { return m_applier; }
    /// Writes the plan as JSON lines (one PlannedGroup per line).
    bool exportPlan(const QString &path, QString *error) const;

Q_SIGNALS:
    void stepChanged(ImportWizard::Step step);

private:
    void buildSourcePage();
    void buildMappingPage();
    void buildReadingPage();
    void buildReviewPage();
    void buildApplyPage();
    void buildSummaryPage();
    void setStep(Step step);
    void next();
    void openFile();
    void pasteClipboard();
    bool readSource();
    void fillMapping();
    bool takeMapping();
    void startDryRun(const QList<DesiredGroup> &desired);
    void showPlan();
    void startApply();
    void applyJournal(std::unique_ptr<ImportJournal> journal);
    void updateProgress();
    void showSummary();
    void undoImport();
    void exportDialog();

    QPointer<PostHogClient> m_client;
    QPointer<EditService> m_edits;
    int m_typeIndex = 0;
    TableParser::Table m_table;
    ImportMapping m_mappingValue;
    ImportPlan m_plan;
    QString m_sourceName;
    bool m_undoRun = false;
    QStringList m_createdKeys;

    QStackedWidget *m_pages = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_close = nullptr;
    // source
    QPlainTextEdit *m_sourceText = nullptr;
    QComboBox *m_empty = nullptr;
    QLabel *m_sourceError = nullptr;
    QPushButton *m_resume = nullptr;
    // mapping
    QComboBox *m_keyColumn = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_mappingError = nullptr;
    // reading
    QLabel *m_readingText = nullptr;
    QProgressBar *m_readingBar = nullptr;
    CurrentValuesSource *m_source = nullptr;
    // review
    QLabel *m_counts = nullptr;
    QLineEdit *m_filter = nullptr;
    QList<QCheckBox *> m_actionFilters;
    QTableView *m_review = nullptr;
    ImportPlanModel *m_planModel = nullptr;
    ImportPlanFilterProxy *m_proxy = nullptr;
    QPushButton *m_apply = nullptr;
    // applying
    QProgressBar *m_applyBar = nullptr;
    QLabel *m_applyText = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    ImportApplier *m_applier = nullptr;
    // summary
    QLabel *m_summary = nullptr;
    QListWidget *m_failures = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_undo = nullptr;
};
