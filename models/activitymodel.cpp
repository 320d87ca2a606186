#include "activitymodel.h"

#include "flatindex.h"
#include "modelroles.h"
#include "posthogclient.h"

#include <QLocale>

ActivityModel::ActivityModel(PostHogClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{ }

ActivityModel::~ActivityModel()
{
    ++m_generation;
    if (m_client)
        m_client->cancelAll(this);
}

void ActivityModel::setGroup(int typeIndex, const QString &key)
{
    m_typeIndex = typeIndex;
    m_key = key;
    reload();
}

void ActivityModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_entries.clear();
    m_nextPage = 1;
    m_totalCount = 0;
    m_hasMore = !m_key.isEmpty() && m_typeIndex >= 0;
    endResetModel();
    setLoading(false);
    fetchMore({});
}

bool ActivityModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && m_client;
}

void ActivityModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !canFetchMore(parent) || m_loading)
        return;
    const quint64 generation = m_generation;
    const int page = m_nextPage;
    setLoading(true);
    m_client->groupActivity(
        m_typeIndex, m_key, page, m_pageSize, this, [this, generation, page](const ApiResult<ActivityPage> &r) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (!r.ok()) {
                // m_nextPage stays: the next fetchMore() retries this page.
                Q_EMIT errorOccurred(r.error);
                return;
            }
            m_totalCount = r.value.totalCount;
            m_hasMore = r.value.hasNext && !r.value.entries.isEmpty();
            m_nextPage = page + 1;
            // One created group is one row per property on the server; a
            // page may cut through them, so the last row absorbs too.
            QList<ActivityEntry> entries = r.value.entries;
            ActivityEntry::foldCreations(entries);
            if (!entries.isEmpty() && !m_entries.isEmpty() && m_entries.last().absorb(entries.first())) {
                entries.removeFirst();
                const QModelIndex last = index(rowCount() - 1, Summary);
                Q_EMIT dataChanged(last, last);
            }
            if (!entries.isEmpty()) {
                const int first = static_cast<int>(m_entries.size());
                beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
                m_entries.append(entries);
                endInsertRows();
            }
            Q_EMIT pageLoaded(static_cast<int>(r.value.entries.size()));
        });
}

ActivityEntry ActivityModel::entry(int row) const
{
    return m_entries.value(row);
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!isFlatIndex(*this, index))
        return {};
    const ActivityEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case When:
            if (role == RawValueRole)
                return e.createdAt;
            return QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Who:
            if (e.systemUser || e.userName.isEmpty())
                return e.userName.isEmpty() ? tr("System") : e.userName;
            return e.userName;
        case Activity:
            return e.activity;
        case Summary:
            return e.summary();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Who)
        return e.userEmail;
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Activity:
        return tr("Activity");
    case Summary:
        return tr("Summary");
    default:
        return {};
    }
}

void ActivityModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}
