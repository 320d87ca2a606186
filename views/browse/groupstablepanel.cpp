#include "groupstablepanel.h"

#include "fetchpauseproxy.h"
#include "group.h"
#include "groupfilterbar.h"
#include "groupsmodel.h"
#include "groupsortfilterproxy.h"
#include "grouptype.h"
#include "modelroles.h"
#include "propertyvaluedelegate.h"
#include "tableexporter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

GroupsTablePanel::GroupsTablePanel(PostHogClient *client, EditService *edits, QWidget *parent)
    : QWidget(parent)
    , m_edits(edits)
    , m_model(new GroupsModel(client, edits, this))
    , m_pause(new FetchPauseProxy(this))
    , m_proxy(new GroupSortFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_filterBar(new GroupFilterBar(client, m_model, this))
    , m_columns(new QToolButton(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_loading(new QLabel(tr("Loading groups…"), this))
    , m_loadAll(new QPushButton(tr("Load all"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Try again"), this))
{
    m_search->setPlaceholderText(tr("Search groups (name, properties or exact key)…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search groups"));
    m_search->setObjectName(QStringLiteral("groupSearch"));

    m_columns->setText(tr("Columns"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_columns->setAccessibleName(tr("Choose property columns"));
    m_columns->setToolTip(tr("Show or hide property columns"));
    auto *menu = new QMenu(m_columns);
    m_columns->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &GroupsTablePanel::buildColumnMenu);

    // Identity in between: rows of m_pause are rows of m_model.
    m_pause->setSourceModel(m_model);
    m_proxy->setSourceModel(m_pause);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("groupsTable"));
    m_view->setAccessibleName(tr("Groups"));
    // Loaded order is the server's; sorting only starts when the user clicks a header, and
    // the model sorts (on the server, or off the GUI thread), never the proxy on this thread.
    m_view->setSortingEnabled(false);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model, &GroupsModel::sort);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    // Rows with a property write in flight (GroupsModel's PendingRole) are drawn in italics.
    auto *delegate = new PropertyValueDelegate(m_view);
    delegate->setShowMarkers(false);
    m_view->setItemDelegate(delegate);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(180);

    m_count->setAccessibleName(tr("Loaded groups"));
    m_loading->setAccessibleName(tr("Loading indicator"));
    m_loadAll->setAccessibleName(tr("Load all groups"));
    m_loadAll->setToolTip(tr("Fetch every remaining page (needed for sorting or exporting everything)"));
    m_progress->setAccessibleName(tr("Load all progress"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v loaded"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(220);
    m_cancel->setAccessibleName(tr("Cancel loading all groups"));
    m_retry->setAccessibleName(tr("Load the failed page again"));
    m_count->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_columns);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_retry);
    bottom->addWidget(m_loading);
    bottom->addStretch(1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_loadAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    // Debounce: one request when typing pauses, not one per keystroke. The model's
    // generation counter drops replies of older searches.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text().trimmed()); });

    connect(m_model, &GroupsModel::loadingChanged, this, &GroupsTablePanel::updateStatus);
    connect(m_model, &GroupsModel::loadedCountChanged, this, &GroupsTablePanel::updateStatus);
    connect(m_model, &GroupsModel::modelReset, this, &GroupsTablePanel::updateStatus);
    // QAbstractItemView itself fetches the next page while the last row is visible (short
    // pages, or scrolled to the end), so the panel only keeps its status line current.
    connect(m_model, &GroupsModel::pageLoaded, this, &GroupsTablePanel::updateStatus);
    connect(m_model, &GroupsModel::pageLoaded, this, [this] {
        if (!m_autoSizeColumns)
            return;
        // Fit the first page once; later pages must not make columns jump while scrolling.
        m_autoSizeColumns = false;
        QHeaderView *header = m_view->horizontalHeader();
        // Measure contents and header rather than read sectionSize(): the stretched last
        // section would report the whole free width and keep it, pushing its right-aligned
        // numbers out of sight behind a horizontal scroll bar.
        for (int column = 0; column < m_proxy->columnCount(); ++column) {
            // (QTableView hides sizeHintForColumn(); QAbstractItemView has it public.)
            const QAbstractItemView *view = m_view;
            const int wanted = qMax(view->sizeHintForColumn(column), header->sectionSizeHint(column));
            header->resizeSection(column, qBound(80, wanted + 16, 320));
        }
    });
    connect(m_model, &GroupsModel::loadAllProgress, m_progress, &QProgressBar::setValue);
    connect(m_model, &GroupsModel::loadAllFinished, this, &GroupsTablePanel::updateStatus);
    connect(m_model, &GroupsModel::totalMatchesChanged, this, &GroupsTablePanel::updateStatus);
    connect(m_loadAll, &QPushButton::clicked, this, &GroupsTablePanel::loadAll);
    connect(m_cancel, &QPushButton::clicked, this, &GroupsTablePanel::cancelLoadAll);
    // No automatic retries after a failure (see FetchPauseProxy); a reset starts afresh.
    connect(m_model, &GroupsModel::errorOccurred, this, [this] {
        m_pause->setPaused(true);
        updateStatus();
    });
    connect(m_model, &GroupsModel::modelReset, this, [this] { m_pause->setPaused(false); });
    // The model kept the failed page's cursor: asking again loads exactly that page.
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_pause->setPaused(false);
        m_model->fetchMore({});
        updateStatus();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GroupsTablePanel::onCurrentRowChanged);
    // A confirmed property write changes the row; refresh the detail pane from it.
    connect(m_model, &GroupsModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
                if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
                    onCurrentRowChanged();
            });
    updateStatus();
}

GroupsTablePanel::~GroupsTablePanel() = default;

void GroupsTablePanel::setGroupType(const GroupType &type, bool autoSizeColumns)
{
    m_currentKey.clear();
    m_searchTimer.stop();
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_model->setSearch(QString());
    m_autoSizeColumns = autoSizeColumns;
    m_hasType = true;
    m_view->horizontalHeader()->blockSignals(true); // a new type starts in the server's order
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->blockSignals(false);
    m_filterBar->setGroupType(type.index);
    m_model->setGroupType(type.index, type.defaultColumns);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    updateStatus();
}

bool GroupsTablePanel::currentGroup(Group *group) const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (!index.isValid())
        return false;
    *group = m_model->group(index.row());
    return true;
}

void GroupsTablePanel::selectFirstRow()
{
    if (m_proxy->rowCount() == 0)
        return;
    m_view->setCurrentIndex(m_proxy->index(0, 0));
    m_view->selectRow(0);
}

QString GroupsTablePanel::selectionAsTsv() const
{
    return TableExporter::selectionToTsv(m_view->selectionModel());
}

void GroupsTablePanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void GroupsTablePanel::reload()
{
    m_pause->setPaused(false);
    m_model->reload();
}

void GroupsTablePanel::loadAll()
{
    m_pause->setPaused(false);
    // In query mode the count says how far "all" is.
    const qint64 total = m_model->totalMatches();
    m_progress->setRange(0, total > 0 && total <= std::numeric_limits<int>::max() ? static_cast<int>(total) : 0);
    m_progress->setValue(m_model->loadedCount());
    m_model->loadAll();
    updateStatus();
}

void GroupsTablePanel::cancelLoadAll()
{
    m_model->cancelLoadAll();
    updateStatus();
}

void GroupsTablePanel::updateStatus()
{
    const int loaded = m_model->loadedCount();
    const bool more = m_hasType && m_model->hasMore();
    // Separate strings for one and many read right without a loaded English translation.
    const QString count = loaded == 1 ? tr("1 group") : tr("%1 groups").arg(QLocale().toString(loaded));
    const bool failed = m_hasType && !m_model->isLoading() && !m_model->lastError().isOk();
    if (!m_hasType)
        m_count->setText(tr("Select a group type on the left."));
    else if (failed)
        m_count->setText(tr("%1 loaded. Loading stopped: %2").arg(count, m_model->lastError().userMessage()));
    else
        m_count->setText(m_model->totalMatches() >= 0
                             ? tr("%1 loaded of %2 matching").arg(count, QLocale().toString(m_model->totalMatches()))
                         : more ? tr("%1 loaded, more on the server").arg(count)
                                : count);
    m_retry->setVisible(failed);
    m_loading->setVisible(m_model->isLoading());
    const bool all = m_model->isLoadingAll();
    m_progress->setVisible(all);
    m_cancel->setVisible(all);
    m_loadAll->setVisible(!all);
    m_loadAll->setEnabled(more);
}

void GroupsTablePanel::buildColumnMenu()
{
    QMenu *menu = m_columns->menu();
    menu->clear();
    const QStringList shown = m_model->propertyColumns();
    QStringList names = m_model->knownPropertyNames();
    for (const QString &name : shown) {
        if (!names.contains(name))
            names << name;
    }
    if (names.isEmpty()) {
        menu->addAction(tr("No properties loaded yet"))->setEnabled(false);
        return;
    }
    for (const QString &name : std::as_const(names)) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(shown.contains(name));
        connect(action, &QAction::toggled, this, [this, name](bool on) {
            QStringList columns = m_model->propertyColumns();
            if (on && !columns.contains(name))
                columns << name;
            else if (!on)
                columns.removeAll(name);
            // The column change resets the model; the analyst stays on the same group.
            const QString current = m_currentKey;
            const int column = m_view->currentIndex().column();
            m_model->setPropertyColumns(columns);
            const int row = current.isEmpty() ? -1 : m_model->rowForKey(current);
            if (row >= 0) {
                const QModelIndex source = m_model->index(row, qBound(0, column, m_model->columnCount() - 1));
                m_view->setCurrentIndex(m_proxy->mapFromSource(m_pause->mapFromSource(source)));
                m_view->scrollTo(m_view->currentIndex());
            }
        });
    }
}

void GroupsTablePanel::onCurrentRowChanged()
{
    Group group;
    if (!currentGroup(&group))
        return;
    m_currentKey = group.key;
    Q_EMIT currentGroupChanged(group);
}
