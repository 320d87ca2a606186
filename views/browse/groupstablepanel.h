#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class EditService;
class FetchPauseProxy;
class GroupFilterBar;
class GroupsModel;
class GroupSortFilterProxy;
class PostHogClient;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;
struct Group;
struct GroupType;

/**
 * The groups of one type: a debounced server-side search field, the lazily loaded table
 * (one page per scroll to the end), the loaded count, a column chooser for property
 * columns and "Load all" with progress and cancel. Header clicks go to GroupsModel::sort():
 * the server sorts in query mode, a worker thread sorts the loaded rows in REST mode (the
 * proxy keeps the model's order). The filter bar adds property filters in query mode.
 *
 * Owns its GroupsModel and proxy; the client and edit service are the session's.
 */
class GroupsTablePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsTablePanel)

public:
    explicit GroupsTablePanel(PostHogClient *client, EditService *edits, QWidget *parent = nullptr);
    ~GroupsTablePanel() override;

    /// Shows the type's groups; `autoSizeColumns` fits the columns to the first page.
    void setGroupType(const GroupType &type, bool autoSizeColumns = true);
    GroupsModel *model() const { return m_model; }
    GroupSortFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    /// "Try again" after a failed page; visible only then.
    QPushButton *retryButton() const { return m_retry; }
    QLineEdit *searchField() const { return m_search; }
    GroupFilterBar *filterBar() const { return m_filterBar; }

    /// The group of the current row, when there is one.
    bool currentGroup(Group *group) const;
    /// Selects the first row (if any) and makes it current.
    void selectFirstRow();
    /// The selected cells as TSV (header row first), empty when nothing is selected.
    QString selectionAsTsv() const;

    /// Milliseconds the search waits after the last keystroke.
    static constexpr int SearchDelayMs = 350;

public Q_SLOTS:
    void focusSearch();
    void reload();
    void loadAll();
    void cancelLoadAll();

Q_SIGNALS:
    void currentGroupChanged(const Group &group);

private:
    void updateStatus();
    void buildColumnMenu();
    void onCurrentRowChanged();

    QPointer<EditService> m_edits;
    GroupsModel *m_model = nullptr;
    FetchPauseProxy *m_pause = nullptr;
    GroupSortFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    GroupFilterBar *m_filterBar = nullptr;
    QToolButton *m_columns = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_loading = nullptr;
    QPushButton *m_loadAll = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QTimer m_searchTimer;
    QString m_currentKey;
    bool m_autoSizeColumns = true;
    bool m_hasType = false;
};
