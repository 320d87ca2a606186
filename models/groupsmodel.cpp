#include "groupsmodel.h"

#include "defaultcolumns.h"
#include "editservice.h"
#include "grouppropertiesmodel.h"
#include "grouprowsorter.h"
#include "groupsqueryfetcher.h"
#include "modelroles.h"
#include "modelslogging.h"
#include "posthogclient.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonValue>
#include <QLocale>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

GroupsModel::GroupsModel(PostHogClient *client, EditService *edits, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_edits(edits)
    , m_fetcher(new GroupsQueryFetcher(client, this))
{
    connect(m_fetcher, &GroupsQueryFetcher::pageReady, this, &GroupsModel::onQueryPage);
    connect(m_fetcher, &GroupsQueryFetcher::pageFailed, this, &GroupsModel::onQueryFailed);
    connect(m_fetcher, &GroupsQueryFetcher::countReady, this, [this](quint64, qint64 count) {
        m_total = count;
        // Load all started before the count was known: size the list now (see loadAll()).
        if (m_loadingAll && count > m_rows.size() && count <= 10'000'000)
            m_rows.reserve(static_cast<qsizetype>(count));
        Q_EMIT totalMatchesChanged(count);
    });
    if (m_edits) {
        connect(m_edits, &EditService::groupChanged, this, &GroupsModel::onGroupChanged);
        connect(m_edits, &EditService::propertyPending, this, &GroupsModel::onPropertyPending);
    }
}

GroupsModel::~GroupsModel()
{
    // Drops our callbacks before cancelling, so no reply reaches a half-destroyed model.
    ++m_generation;
    if (m_client)
        m_client->cancelAll(this);
}

void GroupsModel::setGroupType(int typeIndex, const QStringList &defaultColumns)
{
    beginResetModel();
    m_query.typeIndex = typeIndex;
    m_propertyColumns = DefaultColumns::propertiesOf(defaultColumns);
    m_typeSet = true;
    m_sortColumn = -1;
    m_sortExpression.clear();
    m_sortOrder = Qt::AscendingOrder;
    // A failure that may pass (network) does not decide the mode for the next type.
    if (!m_forceRest && m_access.reason == QueryAccess::Reason::Unreachable)
        m_access = QueryAccess::available();
    resetData();
    endResetModel();
    requestPage();
}

void GroupsModel::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    reload();
}

void GroupsModel::setKeyContains(const QString &text)
{
    if (text == m_query.keyContains)
        return;
    m_query.keyContains = text;
    reload();
}

void GroupsModel::setPropertyColumns(const QStringList &names)
{
    if (names == m_propertyColumns)
        return;
    // Rows stay; only the column set changes, so a reset is cheap and keeps the data.
    beginResetModel();
    m_propertyColumns = names;
    refreshNameIds();
    endResetModel();
}

QStringList GroupsModel::knownPropertyNames() const
{
    QStringList names = m_packer->names();
    std::sort(names.begin(), names.end());
    return names;
}

bool GroupsModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_typeSet || !m_client)
        return false;
    return !m_atEnd;
}

void GroupsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !canFetchMore(parent) || m_inFlight || m_packing || (m_appending && isQueryMode()))
        return;
    requestPage();
}

void GroupsModel::loadAll()
{
    if (m_loadingAll || !m_typeSet)
        return;
    if (m_atEnd && !m_packing) {
        Q_EMIT loadAllProgress(loadedCount());
        Q_EMIT loadAllFinished(false);
        return;
    }
    m_loadingAll = true;
    // Every matching group is coming: one allocation now instead of regrowing (and moving)
    // a list of up to a million rows on the GUI thread as pages land.
    if (m_total > m_rows.size() && m_total <= 10'000'000)
        m_rows.reserve(static_cast<qsizetype>(m_total));
    if (!m_inFlight && !m_packing)
        requestPage();
}

void GroupsModel::cancelLoadAll()
{
    // The page on the wire still lands (nothing is lost); only the chain stops.
    if (m_loadingAll)
        finishLoadAll(true);
}

void GroupsModel::reload()
{
    if (!m_typeSet)
        return;
    beginResetModel();
    resetData();
    endResetModel();
    requestPage();
}

Group GroupsModel::group(int row) const
{
    Group g;
    if (row < 0 || row >= m_rows.size())
        return g;
    const Row &r = m_rows.at(row);
    g.typeIndex = m_query.typeIndex;
    g.key = r.key;
    g.properties = m_packer->unpack(r.properties);
    if (r.hasCreated)
        g.createdAt = QDateTime::fromMSecsSinceEpoch(r.createdMs, Qt::UTC);
    return g;
}

int GroupsModel::rowForKey(const QString &key) const
{
    // A linear scan on purpose: a key->row hash costs ~60 bytes per row and a rehash of a
    // million entries stalls the GUI thread; lookups happen only per user action.
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key)
            return static_cast<int>(row);
    }
    return -1;
}

int GroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnFixedCount + static_cast<int>(m_propertyColumns.size());
}

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    // Hot path: no checkIndex() (it is not free), plain bounds checks instead.
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case RawValueRole:
        break;
    case GroupKeyRole:
        return row.key;
    case PendingRole:
        return !m_pendingKeys.isEmpty() && m_pendingKeys.value(row.key) > 0;
    case TypeIndexRole:
        return m_query.typeIndex;
    case ObjectRole:
        return QVariant::fromValue(group(index.row()));
    case JsonTypeRole:
        if (column >= ColumnFixedCount)
            return GroupPropertiesModel::jsonTypeName(propertyValue(row, column - ColumnFixedCount));
        return {};
    default:
        return {};
    }
    const bool raw = role == RawValueRole;
    switch (column) {
    case DisplayName: {
        const QJsonValue name = PropertyPacker::value(row.properties, m_nameId);
        if (name.isString() && !name.toString().isEmpty())
            return name.toString();
        return row.key;
    }
    case Key:
        return row.key;
    case FirstSeen: {
        if (!row.hasCreated)
            return {};
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(row.createdMs, Qt::UTC);
        if (raw)
            return when;
        return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    }
    default: {
        const QJsonValue value = propertyValue(row, column - ColumnFixedCount);
        if (raw)
            return QVariant::fromValue(value);
        if (value.isUndefined())
            return {};
        return GroupPropertiesModel::localizedText(value);
    }
    }
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayName:
        return tr("Name");
    case Key:
        return tr("Key");
    case FirstSeen:
        return tr("First seen");
    default:
        return m_propertyColumns.value(section - ColumnFixedCount);
    }
}

void GroupsModel::resetData()
{
    // Anything still on the wire belongs to the old query: its reply is dropped by generation.
    ++m_generation;
    if (m_job)
        m_job->cancel();
    m_job.clear();
    m_fetcher->cancel();
    m_queryOffset = 0;
    ++m_rowsRevision;
    if (m_total != -1) {
        m_total = -1;
        Q_EMIT totalMatchesChanged(-1);
    }
    m_rows.clear();
    // After the rows are gone: a cancelled Load all must not start a sort of the old rows.
    if (m_loadingAll)
        finishLoadAll(true);
    m_pendingRows.clear();
    m_pendingNext = 0;
    m_packing = false;
    m_packer = std::make_shared<PropertyPacker>();
    refreshNameIds();
    m_next.clear();
    m_atEnd = false;
    m_lastError = ApiError();
    setInFlight(false);
    Q_EMIT loadedCountChanged(0);
}

void GroupsModel::requestPage()
{
    if (m_inFlight || m_packing || m_atEnd || !m_client || !m_typeSet)
        return;
    if (isQueryMode()) {
        setInFlight(true);
        if (m_rows.isEmpty()) {
            configureFetcher();
            m_fetcher->requestCount();
        }
        const int limit = m_loadingAll ? GroupsQueryFetcher::BulkPageSize : GroupsQueryFetcher::ScrollPageSize;
        m_pageTicket = m_fetcher->requestPage(m_queryOffset, limit);
        return;
    }
    const quint64 generation = m_generation;
    setInFlight(true);
    m_job = m_client->listGroupsPage(m_query, m_next, this,
                                     [this, generation](const ApiResult<GroupPage> &r) { onPage(generation, r); });
}

void GroupsModel::onPage(quint64 generation, const ApiResult<GroupPage> &result)
{
    if (generation != m_generation)
        return; // stale: the query changed since this page was asked for
    m_job.clear();
    setInFlight(false);
    if (!result.ok()) {
        // Keep m_next: the next fetchMore() asks for the very same page again.
        m_lastError = result.error;
        qCInfo(lcModels) << "groups page failed:" << ApiError::kindName(result.error.kind());
        Q_EMIT errorOccurred(result.error);
        if (m_loadingAll)
            finishLoadAll(false);
        return;
    }
    const QList<Group> &groups = result.value.groups;
    if (!m_rows.isEmpty() && !groups.isEmpty() && groups.constFirst().key == m_rows.constFirst().key) {
        // PostHog treats a cursor it cannot read as none and starts again at page 1 (docs/posthog-api-contract.md
        // 1.1). Following that `next` would list every group again, for ever under "Load all".
        m_atEnd = true;
        m_next = QUrl();
        m_lastError = ApiError(ApiError::Kind::BadResponse,
                               tr("The server sent the first page again instead of the next one; stopped "
                                  "loading so no group is listed twice."));
        qCWarning(lcModels) << "groups: the server restarted the list; stopped after" << m_rows.size() << "rows";
        Q_EMIT errorOccurred(m_lastError);
        Q_EMIT pageLoaded(0);
        if (m_loadingAll)
            finishLoadAll(false);
        return;
    }
    m_lastError = ApiError();
    m_next = result.value.next;
    m_atEnd = m_next.isEmpty();
    // The cursor only moves forward on success, so pages never overlap: no de-duplication
    // pass (and no per-row key index) is needed; only a server restart is caught above.
    appendGroups(groups);
}

QList<GroupsModel::Row> GroupsModel::packRows(const QList<Group> &groups, PropertyPacker &packer)
{
    QList<Row> rows;
    rows.reserve(groups.size());
    for (const Group &g : groups) {
        Row row;
        row.key = g.key;
        row.properties = packer.pack(g.properties);
        row.hasCreated = g.createdAt.isValid();
        row.createdMs = row.hasCreated ? g.createdAt.toMSecsSinceEpoch() : 0;
        rows.append(std::move(row));
    }
    return rows;
}

void GroupsModel::appendGroups(const QList<Group> &groups)
{
    // During Load all the pages come back to back, so even a 100-row REST page is packed on a
    // pool thread: the packed rows' new memory is then faulted in there, not on the GUI thread.
    // Packing on the GUI thread (no hand-off) and in batches of ten pages were both measured
    // against this and did worse (BENCHMARKS.md, "Thread hand-offs").
    if (groups.size() > SyncPackRows || (m_loadingAll && !groups.isEmpty())) {
        packInBackground(groups);
        return;
    }
    QList<Row> fresh = packRows(groups, *m_packer);
    refreshNameIds();
    if (!fresh.isEmpty()) {
        ++m_rowsRevision;
        const int first = static_cast<int>(m_rows.size());
        m_appending = true;
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        for (Row &row : fresh)
            m_rows.append(std::move(row));
        endInsertRows();
        m_appending = false;
        Q_EMIT loadedCountChanged(loadedCount());
    }
    finishAppend(static_cast<int>(fresh.size()));
}

void GroupsModel::packInBackground(const QList<Group> &groups)
{
    m_packing = true;
    setInFlight(true);
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QList<Row>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the model was reset while the page was packed: the rows are stale
        m_pendingRows = watcher->future().takeResult();
        m_pendingNext = 0;
        refreshNameIds();
        insertPending();
    });
    // The worker holds its own reference to the packer: a reset meanwhile gives the model a
    // new one and this page's names never reach it.
    watcher->setFuture(QtConcurrent::run([groups, packer = m_packer] { return packRows(groups, *packer); }));
}

void GroupsModel::insertPending()
{
    const quint64 generation = m_generation;
    QElapsedTimer slice;
    slice.start();
    while (m_pendingNext < m_pendingRows.size()) {
        const qsizetype count = std::min<qsizetype>(m_chunkRows, m_pendingRows.size() - m_pendingNext);
        const int first = static_cast<int>(m_rows.size());
        QElapsedTimer chunk;
        chunk.start();
        ++m_rowsRevision;
        m_appending = true;
        beginInsertRows({}, first, first + static_cast<int>(count) - 1);
        for (qsizetype i = 0; i < count; ++i)
            m_rows.append(std::move(m_pendingRows[m_pendingNext + i]));
        m_pendingNext += count;
        endInsertRows();
        m_appending = false;
        // Views and proxies pay per inserted row, so the chunk size follows the measured cost.
        const qint64 spent = std::max<qint64>(chunk.nsecsElapsed(), 1);
        m_chunkRows = static_cast<int>(std::clamp<qint64>(count * InsertChunkNs / spent, 32, 4096));
        Q_EMIT loadedCountChanged(loadedCount());
        if (generation != m_generation)
            return; // a slot connected to the signals above reset the model
        if (slice.elapsed() >= InsertSliceMs)
            break;
    }
    if (m_pendingNext < m_pendingRows.size()) {
        // Let the event loop paint and handle input, then go on with this page.
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation && m_packing)
                insertPending();
        });
        return;
    }
    const int rows = static_cast<int>(m_pendingRows.size());
    m_pendingRows.clear();
    m_pendingNext = 0;
    m_packing = false;
    setInFlight(false);
    finishAppend(rows);
}

void GroupsModel::finishAppend(int rows)
{
    Q_EMIT pageLoaded(rows);
    // REST mode keeps a chosen order: new pages are sorted in (off the GUI thread). Not
    // during Load all: each sort shares the row list with its worker, and the next page's
    // append would then copy the whole list on the GUI thread; finishLoadAll() sorts once.
    if (!isQueryMode() && m_sortColumn >= 0 && rows > 0 && m_sortsRunning == 0 && !(m_loadingAll && !m_atEnd))
        sortLoadedRows();
    if (m_loadingAll) {
        Q_EMIT loadAllProgress(loadedCount());
        if (m_atEnd)
            finishLoadAll(false);
        else
            requestPage();
    }
}

void GroupsModel::onGroupChanged(const Group &group)
{
    if (group.typeIndex != m_query.typeIndex)
        return;
    // A row of the page still being inserted takes the edit too, or it would show old values.
    for (qsizetype pending = m_pendingNext; pending < m_pendingRows.size(); ++pending) {
        if (m_pendingRows.at(pending).key == group.key)
            m_pendingRows[pending].properties = m_packer->pack(group.properties);
    }
    const int row = rowForKey(group.key);
    if (row < 0)
        return;
    m_rows[row].properties = m_packer->pack(group.properties);
    refreshNameIds();
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void GroupsModel::onPropertyPending(int typeIndex, const QString &key, const QString &name, bool pending)
{
    Q_UNUSED(name)
    if (typeIndex != m_query.typeIndex)
        return;
    int &count = m_pendingKeys[key];
    count = std::max(0, count + (pending ? 1 : -1));
    if (count == 0)
        m_pendingKeys.remove(key);
    const int row = rowForKey(key);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1), {PendingRole});
}

void GroupsModel::setInFlight(bool inFlight)
{
    if (m_inFlight == inFlight)
        return;
    m_inFlight = inFlight;
    Q_EMIT loadingChanged(inFlight);
}

void GroupsModel::refreshNameIds()
{
    m_nameId = m_packer->idOf(u"name"_s);
    m_columnIds.resize(m_propertyColumns.size());
    for (qsizetype i = 0; i < m_propertyColumns.size(); ++i)
        m_columnIds[i] = m_packer->idOf(m_propertyColumns.at(i));
}

QJsonValue GroupsModel::propertyValue(const Row &row, int propertyColumn) const
{
    return PropertyPacker::value(row.properties, m_columnIds.value(propertyColumn, -1));
}

void GroupsModel::finishLoadAll(bool cancelled)
{
    m_loadingAll = false;
    if (!isQueryMode() && m_sortColumn >= 0 && !m_rows.isEmpty() && m_sortsRunning == 0)
        sortLoadedRows(); // the pages appended while loading (see finishAppend())
    Q_EMIT loadAllFinished(cancelled);
}

// --- query API browsing ---------------------------------------------------------------

void GroupsModel::setForceRest(bool force)
{
    if (m_forceRest == force)
        return;
    m_forceRest = force;
    m_access = QueryAccess::available();
    if (force) {
        m_access.mode = QueryAccess::Mode::Rest;
        m_access.reason = QueryAccess::Reason::None;
        m_access.message = tr("Browsing the REST list (the query API is switched off).");
    }
    Q_EMIT queryAccessChanged(m_access);
    reload();
}

void GroupsModel::setFilters(const QList<GroupPropertyFilter> &filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    // The REST list cannot filter on properties: nothing to refetch there.
    if (isQueryMode())
        reload();
}

void GroupsModel::configureFetcher()
{
    GroupsQuery query;
    query.typeIndex = m_query.typeIndex;
    query.search = m_query.search;
    query.filters = m_filters;
    if (m_sortColumn >= 0 && !m_sortExpression.isEmpty())
        query.orderBy = GroupsQueryFetcher::orderBy(m_sortExpression, m_sortOrder == Qt::DescendingOrder);
    m_fetcher->setQuery(query);
}

QString GroupsModel::orderExpression(int column) const
{
    switch (column) {
    case DisplayName:
        return QStringLiteral("group_name");
    case Key:
        return QStringLiteral("key");
    case FirstSeen:
        return QStringLiteral("created_at");
    default:
        break;
    }
    const QString property = m_propertyColumns.value(column - ColumnFixedCount);
    // PostHog sorts a property as text unless it has a Numeric definition; numbers ingested
    // as text would then sort "300" before "40". Cast when the loaded values look numeric.
    QList<QJsonValue> sample;
    const qsizetype rows = std::min<qsizetype>(m_rows.size(), 500);
    for (qsizetype row = 0; row < rows; ++row)
        sample.append(propertyValue(m_rows.at(row), column - ColumnFixedCount));
    return GroupsQueryFetcher::looksNumeric(sample) ? GroupsQuery::numericPropertyExpression(property)
                                                    : GroupsQuery::propertyExpression(property);
}

void GroupsModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    const bool changed = column != m_sortColumn || order != m_sortOrder;
    if (isQueryMode()) {
        // The expression is chosen from the rows still loaded, before the reload drops them.
        const QString expression = column >= 0 ? orderExpression(column) : QString();
        m_sortExpression = expression;
        m_sortColumn = column;
        m_sortOrder = order;
        if (!changed || !m_typeSet)
            return;
        qCInfo(lcModels) << "groups: server-side sort by" << expression << order;
        reload();
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    if (column >= 0 && !m_rows.isEmpty())
        sortLoadedRows();
}

void GroupsModel::sortLoadedRows()
{
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const quint64 revision = m_rowsRevision;
    // Implicitly shared: the worker reads this snapshot while the GUI thread goes on.
    const GroupsModelRows rows = m_rows;
    const int nameId = m_nameId;
    const int columnId = column >= ColumnFixedCount ? m_columnIds.value(column - ColumnFixedCount, -1) : -1;
    auto *watcher = new QFutureWatcher<SortedRows>(this);
    ++m_sortsRunning;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, revision, column] {
        watcher->deleteLater();
        --m_sortsRunning;
        if (column != m_sortColumn || isQueryMode())
            return;
        // Rows arrived meanwhile: sort again with them (one sort at a time, so a long
        // Load all does not queue a sort per page).
        if (revision != m_rowsRevision) {
            if (!m_rows.isEmpty())
                sortLoadedRows();
            return;
        }
        applyOrder(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run([rows, nameId, columnId, column, descending] {
        const std::vector<int> order = GroupRowSorter::order(
            rows.size(),
            [&](qsizetype i) -> GroupRowSorter::Key {
                const Row &row = rows.at(i);
                switch (column) {
                case DisplayName: {
                    const QJsonValue name = PropertyPacker::value(row.properties, nameId);
                    return GroupRowSorter::textKey(name.isString() && !name.toString().isEmpty() ? name.toString()
                                                                                                 : row.key);
                }
                case Key:
                    return GroupRowSorter::textKey(row.key);
                case FirstSeen:
                    return row.hasCreated ? GroupRowSorter::numberKey(double(row.createdMs))
                                          : GroupRowSorter::keyFor(QJsonValue(QJsonValue::Undefined));
                default:
                    return GroupRowSorter::keyFor(PropertyPacker::value(row.properties, columnId));
                }
            },
            descending);
        // The reordered list and the inverse permutation are built here too: at a million
        // rows either costs tens of milliseconds the GUI thread must not spend.
        SortedRows sorted;
        sorted.newRowOf.resize(order.size());
        sorted.rows.reserve(rows.size());
        for (size_t position = 0; position < order.size(); ++position) {
            sorted.newRowOf[size_t(order[position])] = int(position);
            sorted.rows.append(rows.at(order[position]));
        }
        return sorted;
    }));
}

void GroupsModel::applyOrder(SortedRows sorted)
{
    if (sorted.rows.size() != m_rows.size())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(index.isValid() ? createIndex(sorted.newRowOf[size_t(index.row())], index.column())
                                     : QModelIndex());
    // The old list's last reference goes away on a pool thread: releasing a million rows
    // takes longer than a frame.
    GroupsModelRows old = std::exchange(m_rows, std::move(sorted.rows));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT sortFinished();
    if (old.size() > SyncPackRows)
        QThreadPool::globalInstance()->start([old = std::move(old)]() mutable { old.clear(); });
}

void GroupsModel::onQueryPage(quint64 ticket, const QList<Group> &groups, bool hasMore)
{
    if (ticket != m_pageTicket)
        return;
    // A large page stays "loading" until packInBackground() has inserted its last row.
    if (groups.size() <= SyncPackRows)
        setInFlight(false);
    m_lastError = ApiError();
    m_atEnd = !hasMore;
    m_queryOffset += static_cast<int>(groups.size());
    appendGroups(groups);
}

void GroupsModel::onQueryFailed(quint64 ticket, const ApiError &error)
{
    if (ticket != m_pageTicket)
        return;
    setInFlight(false);
    if (m_rows.isEmpty() && QueryAccess::meansNoQueryApi(error)) {
        // This key or server cannot run queries: browse the REST list, and say why.
        m_access = QueryAccess::fromError(error);
        qCInfo(lcModels) << "groups: REST mode:" << ApiError::kindName(error.kind());
        Q_EMIT queryAccessChanged(m_access);
        m_sortColumn = -1;
        requestPage();
        return;
    }
    m_lastError = error;
    qCInfo(lcModels) << "groups query page failed:" << ApiError::kindName(error.kind());
    Q_EMIT errorOccurred(error);
    if (m_loadingAll)
        finishLoadAll(false);
}
