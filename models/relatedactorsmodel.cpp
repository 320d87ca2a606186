#include "relatedactorsmodel.h"

#include "flatindex.h"
#include "modelroles.h"
#include "posthogclient.h"

#include <QLocale>

RelatedActorsModel::RelatedActorsModel(PostHogClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{ }

RelatedActorsModel::~RelatedActorsModel() = default;

void RelatedActorsModel::setGroup(int typeIndex, const QString &key)
{
    m_typeIndex = typeIndex;
    m_key = key;
    reload();
}

void RelatedActorsModel::reload()
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_actors.clear();
    endResetModel();
    if (!m_client || m_key.isEmpty())
        return;
    setLoading(true);
    m_client->relatedActors(m_typeIndex, m_key, this, [this, generation](const ApiResult<QList<RelatedActor>> &r) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (!r.ok()) {
            Q_EMIT errorOccurred(r.error);
            return;
        }
        if (!r.value.isEmpty()) {
            beginInsertRows({}, 0, static_cast<int>(r.value.size()) - 1);
            m_actors = r.value;
            endInsertRows();
        }
        Q_EMIT loaded();
    });
}

void RelatedActorsModel::setGroupTypeNames(const QHash<int, QString> &names)
{
    m_typeNames = names;
    if (!m_actors.isEmpty())
        Q_EMIT dataChanged(index(0, Type), index(rowCount() - 1, Type), {Qt::DisplayRole, RawValueRole});
}

RelatedActor RelatedActorsModel::actor(int row) const
{
    return m_actors.value(row);
}

int RelatedActorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actors.size());
}

int RelatedActorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelatedActorsModel::data(const QModelIndex &index, int role) const
{
    if (!isFlatIndex(*this, index))
        return {};
    const RelatedActor &a = m_actors.at(index.row());
    const bool isPerson = a.kind == RelatedActor::Kind::Person;
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        switch (index.column()) {
        case Type:
            if (isPerson)
                return tr("Person");
            if (const QString name = m_typeNames.value(a.groupTypeIndex); !name.isEmpty())
                return name;
            return tr("Group (type %1)").arg(a.groupTypeIndex);
        case Name:
            return a.name.isEmpty() ? a.id : a.name;
        case Created:
            if (role == RawValueRole)
                return a.createdAt;
            return a.createdAt.isValid() ? QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat)
                                         : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return a.id;
    case GroupKeyRole:
        return isPerson ? QVariant() : QVariant(a.id);
    case TypeIndexRole:
        return isPerson ? QVariant() : QVariant(a.groupTypeIndex);
    default:
        return {};
    }
}

QVariant RelatedActorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type:
        return tr("Type");
    case Name:
        return tr("Name / id");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

void RelatedActorsModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}
