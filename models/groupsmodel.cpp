#include "groupsmodel.h"

#include "defaultcolumns.h"
#include "editservice.h"
#include "grouppropertiesmodel.h"
#include "modelroles.h"
#include "modelslogging.h"
#include "posthogclient.h"

#include <QJsonValue>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

GroupsModel::GroupsModel(PostHogClient *client, EditService *edits, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_edits(edits)
{
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
    QStringList names = m_packer.names();
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
    if (parent.isValid() || !canFetchMore(parent) || m_inFlight)
        return;
    requestPage();
}

void GroupsModel::loadAll()
{
    if (m_loadingAll || !m_typeSet)
        return;
    if (m_atEnd) {
        Q_EMIT loadAllProgress(loadedCount());
        Q_EMIT loadAllFinished(false);
        return;
    }
    m_loadingAll = true;
    if (!m_inFlight)
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
    g.properties = m_packer.unpack(r.properties);
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
        return GroupPropertiesModel::displayText(value);
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
    if (m_loadingAll)
        finishLoadAll(true);
    m_rows.clear();
    m_packer.clear();
    refreshNameIds();
    m_next.clear();
    m_atEnd = false;
    m_lastError = ApiError();
    setInFlight(false);
    Q_EMIT loadedCountChanged(0);
}

void GroupsModel::requestPage()
{
    if (m_inFlight || m_atEnd || !m_client || !m_typeSet)
        return;
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
    // The cursor only moves forward on success, so pages never overlap: no de-duplication
    // pass (and no per-row key index) is needed; only a server restart is caught above.
    QList<Row> fresh;
    fresh.reserve(groups.size());
    for (const Group &g : groups) {
        Row row;
        row.key = g.key;
        row.properties = m_packer.pack(g.properties);
        row.hasCreated = g.createdAt.isValid();
        row.createdMs = row.hasCreated ? g.createdAt.toMSecsSinceEpoch() : 0;
        fresh.append(std::move(row));
    }
    refreshNameIds();
    m_next = result.value.next;
    m_atEnd = m_next.isEmpty();
    if (!fresh.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        for (Row &row : fresh)
            m_rows.append(std::move(row));
        endInsertRows();
        Q_EMIT loadedCountChanged(loadedCount());
    }
    Q_EMIT pageLoaded(static_cast<int>(fresh.size()));
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
    const int row = rowForKey(group.key);
    if (row < 0)
        return;
    m_rows[row].properties = m_packer.pack(group.properties);
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
    m_nameId = m_packer.idOf(u"name"_s);
    m_columnIds.resize(m_propertyColumns.size());
    for (qsizetype i = 0; i < m_propertyColumns.size(); ++i)
        m_columnIds[i] = m_packer.idOf(m_propertyColumns.at(i));
}

QJsonValue GroupsModel::propertyValue(const Row &row, int propertyColumn) const
{
    return PropertyPacker::value(row.properties, m_columnIds.value(propertyColumn, -1));
}

void GroupsModel::finishLoadAll(bool cancelled)
{
    m_loadingAll = false;
    Q_EMIT loadAllFinished(cancelled);
}
