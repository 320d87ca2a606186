#pragma once

#include "desiredgroup.h"
#include "importapplier.h"
#include "importmapping.h"
#include "importplan.h"
#include "queryaccess.h"
#include "tableparser.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class CurrentValuesSource;
class EditService;
class ImportPlanFilterProxy;
class ImportPlanModel;
class PostHogClient;

namespace Ui {
class ImportWizard;
}

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
    /// What the groups table learnt about this key: a key without the query API reads the
    /// current values with groups/find at once.
    void setQueryAccess(const QueryAccess &access) { m_queryAccess = access; }

    Step step() const;
    // For tests: the review's models and the applier (widgets are reached by their object
    // names in importwizard.ui).
    ImportPlanModel *planModel() const { return m_planModel; }
    ImportPlanFilterProxy *planProxy() const { return m_proxy; }
    ImportApplier *applier() const { return m_applier; }
    /// Writes the plan as JSON lines (one PlannedGroup per line).
    bool exportPlan(const QString &path, QString *error) const;

Q_SIGNALS:
    void stepChanged(ImportWizard::Step step);

private:
    void setupSourcePage();
    void setupMappingPage();
    void setupReviewPage();
    void setupApplyPage();
    void setupSummaryPage();
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

    std::unique_ptr<Ui::ImportWizard> m_ui;
    QPointer<PostHogClient> m_client;
    QPointer<EditService> m_edits;
    int m_typeIndex = 0;
    TableParser::Table m_table;
    ImportMapping m_mappingValue;
    ImportPlan m_plan;
    QString m_sourceName;
    bool m_undoRun = false;
    QStringList m_createdKeys;
    QueryAccess m_queryAccess = QueryAccess::available();

    CurrentValuesSource *m_source = nullptr;
    ImportPlanModel *m_planModel = nullptr;
    ImportPlanFilterProxy *m_proxy = nullptr;
    ImportApplier *m_applier = nullptr;
};
