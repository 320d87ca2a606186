#pragma once

#include <QPointer>
#include <QWidget>

class ApiError;
class ConnectionSession;
class GroupDetailPane;
class GroupsTablePanel;
class GroupTypeSidebar;
class GroupTypesPanel;
class ProfileStore;
class QSplitter;
class QTabWidget;
class UsageMetricsPanel;
struct GroupType;

/**
 * The per-connection content of the main window: the group-type sidebar and the tabs
 * "Groups" (table + detail pane), "Group types" and "Usage metrics". Built anew for each
 * connection; the session (client, edit service, group types model) outlives it.
 */
class BrowseWorkspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowseWorkspace)

public:
    explicit BrowseWorkspace(ConnectionSession *session, QWidget *parent = nullptr);
    ~BrowseWorkspace() override;

    GroupTypeSidebar *sidebar() const { return m_sidebar; }
    GroupsTablePanel *groupsPanel() const { return m_groups; }
    GroupDetailPane *detailPane() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }
    GroupTypesPanel *typesPanel() const { return m_typesPanel; }

    /// Selects the first group of the type that opens (see openInitialType), once loaded
    /// (demo mode).
    void selectFirstGroupWhenLoaded();

    /// Splitter sizes, column layout and the current group type, stored per profile. The
    /// restored type opens once the types load (else the first type), so a connection never
    /// starts on an empty table.
    void saveLayout(ProfileStore *store, const QString &profileId) const;
    void restoreLayout(ProfileStore *store, const QString &profileId);

Q_SIGNALS:
    /// A load failed; the window decides between status bar and banner.
    void errorOccurred(const ApiError &error);

private:
    void onTypeChanged(const GroupType &type);
    /// With no type current yet: the type last used in this profile if it still exists, else
    /// the first one.
    void openInitialType();

    QPointer<ConnectionSession> m_session;
    GroupTypeSidebar *m_sidebar = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_groupsSplitter = nullptr;
    GroupsTablePanel *m_groups = nullptr;
    GroupDetailPane *m_detail = nullptr;
    GroupTypesPanel *m_typesPanel = nullptr;
    UsageMetricsPanel *m_metricsPanel = nullptr;
    QByteArray m_groupsHeaderState;
    int m_initialType = -1; ///< the group type index restoreLayout() found, -1 for none
};
