#include "browseworkspace.h"

#include "apierror.h"
#include "connectionsession.h"
#include "editservice.h"
#include "groupdetailpane.h"
#include "grouppropertiesmodel.h"
#include "groupsmodel.h"
#include "groupstablepanel.h"
#include "grouptype.h"
#include "grouptypesidebar.h"
#include "grouptypesmodel.h"
#include "grouptypespanel.h"
#include "profilestore.h"
#include "relatedactorsmodel.h"
#include "usagemetricspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

BrowseWorkspace::BrowseWorkspace(ConnectionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_sidebar(new GroupTypeSidebar(session->groupTypes(), this))
    , m_tabs(new QTabWidget(this))
    , m_outer(new QSplitter(Qt::Horizontal, this))
    , m_groupsSplitter(new QSplitter(Qt::Horizontal, m_tabs))
{
    m_groups = new GroupsTablePanel(session->client(), session->edits(), m_groupsSplitter);
    m_detail = new GroupDetailPane(session->client(), session->edits(), m_groupsSplitter);
    m_groupsSplitter->addWidget(m_groups);
    m_groupsSplitter->addWidget(m_detail);
    m_groupsSplitter->setStretchFactor(0, 3);
    m_groupsSplitter->setStretchFactor(1, 2);
    // The table is what analysts scan; give it the room at first (the detail pane's size hint
    // would otherwise take ~45%). A saved layout replaces these sizes.
    m_groupsSplitter->setSizes({780, 420});
    m_groupsSplitter->setChildrenCollapsible(false);
    m_tabs->addTab(m_groupsSplitter, tr("&Groups"));
    m_typesPanel = new GroupTypesPanel(session->client(), session->edits(), session->groupTypes(), m_tabs);
    m_metricsPanel = new UsageMetricsPanel(session->client(), session->edits(), m_tabs);
    m_tabs->addTab(m_typesPanel, tr("Group &types"));
    m_tabs->addTab(m_metricsPanel, tr("&Usage metrics"));
    m_tabs->setAccessibleName(tr("Workspace"));
    m_tabs->setDocumentMode(true);

    m_outer->addWidget(m_sidebar);
    m_outer->addWidget(m_tabs);
    m_outer->setStretchFactor(0, 0);
    m_outer->setStretchFactor(1, 1);
    m_outer->setSizes({200, 1200});
    m_outer->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_outer);

    connect(m_sidebar, &GroupTypeSidebar::currentTypeChanged, this, &BrowseWorkspace::onTypeChanged);
    // After the sidebar's own handler (connected in its constructor), which keeps a current type.
    connect(session->groupTypes(), &GroupTypesModel::loaded, this, &BrowseWorkspace::openInitialType);
    // One current type for the whole window: picking a row in the Group types tab moves the
    // sidebar, so the Groups and Usage metrics tabs show the same type.
    connect(m_typesPanel, &GroupTypesPanel::currentGroupTypeChanged, this, [this](int typeIndex) {
        // Only the user's own choice on that tab counts, not a reload's reselection behind it.
        if (m_tabs->currentWidget() == m_typesPanel && typeIndex >= 0 && typeIndex != m_sidebar->currentTypeIndex())
            m_sidebar->selectTypeIndex(typeIndex);
    });
    connect(m_groups, &GroupsTablePanel::currentGroupChanged, m_detail, &GroupDetailPane::setGroup);
    // Keyboard path: Return on a group moves into its properties (Shift+Tab goes back).
    connect(m_groups->view(), &QAbstractItemView::activated, this, [this] {
        m_detail->propertiesView()->setFocus(Qt::OtherFocusReason);
        if (!m_detail->propertiesView()->currentIndex().isValid() && m_detail->propertiesModel()->rowCount() > 0)
            m_detail->propertiesView()->setCurrentIndex(m_detail->propertiesModel()->index(0, 0));
    });
    connect(m_groups->model(), &GroupsModel::errorOccurred, this, &BrowseWorkspace::errorOccurred);
    connect(session->groupTypes(), &GroupTypesModel::errorOccurred, this, &BrowseWorkspace::errorOccurred);
    // Related groups are named by their type ("Company"), not by an index.
    auto nameTypes = [this, types = session->groupTypes()] {
        QHash<int, QString> names;
        for (int row = 0; row < types->rowCount(); ++row) {
            const GroupType type = types->groupType(row);
            names.insert(type.index, type.displaySingular());
        }
        m_detail->relatedModel()->setGroupTypeNames(names);
    };
    connect(session->groupTypes(), &QAbstractItemModel::modelReset, this, nameTypes);
    connect(session->groupTypes(), &QAbstractItemModel::dataChanged, this, nameTypes);
    connect(session->groupTypes(), &QAbstractItemModel::rowsRemoved, this, nameTypes);
    nameTypes();
}

BrowseWorkspace::~BrowseWorkspace() = default;

void BrowseWorkspace::onTypeChanged(const GroupType &type)
{
    // A group of another type must not stay in the detail pane. (A new search or column set
    // keeps it: the group shown is still valid.)
    m_detail->clear();
    m_groups->setGroupType(type, m_groupsHeaderState.isEmpty());
    // The header keeps the user's column widths/order per profile; apply after the columns exist.
    if (!m_groupsHeaderState.isEmpty())
        m_groups->view()->horizontalHeader()->restoreState(m_groupsHeaderState);
    m_metricsPanel->setGroupType(type.index, type.displayPlural());
}

void BrowseWorkspace::openInitialType()
{
    GroupTypesModel *types = m_session ? m_session->groupTypes() : nullptr;
    if (!types || types->rowCount() == 0 || m_sidebar->currentTypeIndex() >= 0)
        return;
    if (m_initialType < 0 || !m_sidebar->selectTypeIndex(m_initialType))
        m_sidebar->selectTypeIndex(types->groupType(0).index);
}

void BrowseWorkspace::selectFirstGroupWhenLoaded()
{
    // The type opens by itself (openInitialType); its first page may already be here.
    if (m_sidebar->currentTypeIndex() >= 0 && m_groups->model()->loadedCount() > 0) {
        m_groups->selectFirstRow();
        return;
    }
    auto *connection = new QMetaObject::Connection;
    *connection = connect(m_groups->model(), &GroupsModel::pageLoaded, this, [this, connection] {
        disconnect(*connection);
        delete connection;
        m_groups->selectFirstRow();
    });
}

void BrowseWorkspace::saveLayout(ProfileStore *store, const QString &profileId) const
{
    store->saveWindowState(profileId, QStringLiteral("outerSplitter"), m_outer->saveState());
    store->saveWindowState(profileId, QStringLiteral("groupsSplitter"), m_groupsSplitter->saveState());
    store->saveWindowState(profileId, QStringLiteral("groupsHeader"),
                           m_groups->view()->horizontalHeader()->saveState());
    if (m_sidebar->currentTypeIndex() >= 0)
        store->saveWindowState(profileId, QStringLiteral("groupType"),
                               QByteArray::number(m_sidebar->currentTypeIndex()));
}

void BrowseWorkspace::restoreLayout(ProfileStore *store, const QString &profileId)
{
    m_outer->restoreState(store->windowState(profileId, QStringLiteral("outerSplitter")));
    m_groupsSplitter->restoreState(store->windowState(profileId, QStringLiteral("groupsSplitter")));
    m_groupsHeaderState = store->windowState(profileId, QStringLiteral("groupsHeader"));
    bool ok = false;
    const int type = store->windowState(profileId, QStringLiteral("groupType")).toInt(&ok);
    m_initialType = ok ? type : -1;
    openInitialType(); // in case the types are loaded already
}
