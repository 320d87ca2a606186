#pragma once

#include <QPointer>
#include <QWidget>

class EditService;
class PostHogClient;
class QAction;
class QLabel;
class QPushButton;
class QTableView;
class ReadOnlyBanner;
class UsageMetricPreview;
class UsageMetricsModel;
struct EditFailure;
struct UsageMetric;

/**
 * The usage metrics of one group type: a table (name, format, interval,
 * display, source, calculation) editable in place through delegates, and the actions
 * New…, Edit…, Duplicate… and Delete….
 *
 * The panel owns its UsageMetricsModel; the client and
 * the edit service are shared with the rest of the window and must outlive the panel.
 */
class UsageMetricsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageMetricsPanel)

public:
    explicit UsageMetricsPanel(PostHogClient *client, EditService *edits, QWidget *parent = nullptr);
    ~UsageMetricsPanel() override;

    /// Shows the metrics of group type `index` (0-4); -1 clears the panel.
    void setGroupType(int index, const QString &displayName);
    int groupType() const { return m_typeIndex; }

    /// Disables every editing action and in-place edit; `reason` is shown in a banner.
    void setReadOnly(bool readOnly, const QString &reason);
    bool isReadOnly() const { return m_readOnly; }

    UsageMetricsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Values of the metrics for one chosen group, refreshed when a metric is saved.
    UsageMetricPreview *preview() const { return m_preview; }

    QAction *newAction() const { return m_newAction; }
    QAction *deleteAction() const { return m_deleteAction; }

public Q_SLOTS:
    void newMetric();
    void editMetric();
    void duplicateMetric();
    void deleteMetric();
    void reload();

Q_SIGNALS:
    /// A write was refused for lack of permission (or setReadOnly was called).
    void readOnlyChanged(bool readOnly, const QString &reason);

private:
    int currentRow() const;
    void updateActions();
    void onEditFailed(const EditFailure &failure);

    QPointer<PostHogClient> m_client;
    QPointer<EditService> m_edits;
    UsageMetricsModel *m_model = nullptr;
    ReadOnlyBanner *m_banner = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    UsageMetricPreview *m_preview = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_reloadAction = nullptr;
    int m_typeIndex = -1;
    QString m_typeName;
    bool m_readOnly = false;
};
