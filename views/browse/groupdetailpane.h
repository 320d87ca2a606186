#pragma once

#include "editfailure.h"
#include "group.h"

#include <QPointer>
#include <QWidget>

class ActivityModel;
class EditService;
class GroupPropertiesModel;
class PostHogClient;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class HintTableView;
class InlineErrorLabel;
class RelatedActorsModel;
class WebLinkButtons;
class UsageMetricValuesModel;

/**
 * Everything about one group: display name, copyable key, first seen, the editable
 * properties table (values keep their JSON type), add/delete property, a JSON
 * viewer/editor for nested values, related people and groups, and activity history.
 *
 * A failed write is shown next to the table with the user's value and "Try again".
 */
class GroupDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupDetailPane)

public:
    explicit GroupDetailPane(PostHogClient *client, EditService *edits, QWidget *parent = nullptr);
    ~GroupDetailPane() override;

    void setGroup(const Group &group);
    void clear();
    Group group() const;
    bool hasGroup() const { return m_hasGroup; }

    GroupPropertiesModel *propertiesModel() const { return m_properties; }
    QTableView *propertiesView() const { return m_propertiesView; }
    HintTableView *relatedView() const { return m_relatedView; }
    RelatedActorsModel *relatedModel() const { return m_related; }
    HintTableView *activityView() const { return m_activityView; }
    ActivityModel *activityModel() const { return m_activity; }
    /// "Open in PostHog" / "Copy link" for the shown group.
    WebLinkButtons *webLinks() const { return m_links; }
    /// The group's usage metric values (UsageMetricsQuery; needs query:read).
    UsageMetricValuesModel *metricValuesModel() const { return m_metricValues; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The inline message about the last failed or rejected edit (empty when none).
    QString problemText() const;

    /// The property of the current row, or empty.
    QString currentPropertyName() const;

public Q_SLOTS:
    void addProperty();
    /// Asks for confirmation first; `confirm` false skips the question (tests, scripted use).
    void deleteCurrentProperty(bool confirm = true);
    void editCurrentAsJson();
    void copyKey();

Q_SIGNALS:
    /// A related group was opened from the Related tab (double-click).
    void groupOpened(const Group &group);

private:
    void showProblem(const QString &text, bool canRetry);
    void onEditFailed(const EditFailure &failure);
    void updateButtons();

    QPointer<EditService> m_edits;
    GroupPropertiesModel *m_properties = nullptr;
    RelatedActorsModel *m_related = nullptr;
    ActivityModel *m_activity = nullptr;
    UsageMetricValuesModel *m_metricValues = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_copyKey = nullptr;
    QLabel *m_firstSeen = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_propertiesView = nullptr;
    HintTableView *m_relatedView = nullptr;
    HintTableView *m_activityView = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_json = nullptr;
    InlineErrorLabel *m_problem = nullptr;
    WebLinkButtons *m_links = nullptr;
    QPushButton *m_retry = nullptr;
    EditFailure m_lastFailure;
    bool m_hasGroup = false;
};
