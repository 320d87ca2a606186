#include "propertydefinitionsmodel.h"

#include "flatindex.h"
#include "modelroles.h"
#include "posthogclient.h"

#include <algorithm>

PropertyDefinitionsModel::PropertyDefinitionsModel(PostHogClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{ }

PropertyDefinitionsModel::~PropertyDefinitionsModel() = default;

void PropertyDefinitionsModel::setGroupType(int typeIndex)
{
    m_typeIndex = typeIndex;
    reload();
}

void PropertyDefinitionsModel::reload()
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_definitions.clear();
    endResetModel();
    if (!m_client || m_typeIndex < 0)
        return;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    m_client->propertyDefinitions(m_typeIndex, this, [this, generation](const ApiResult<QList<PropertyDefinition>> &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (!r.ok()) {
            Q_EMIT errorOccurred(r.error);
            return;
        }
        QList<PropertyDefinition> sorted = r.value;
        std::sort(sorted.begin(), sorted.end(), [](const PropertyDefinition &a, const PropertyDefinition &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        if (!sorted.isEmpty()) {
            beginInsertRows({}, 0, static_cast<int>(sorted.size()) - 1);
            m_definitions = std::move(sorted);
            endInsertRows();
        }
        Q_EMIT loaded();
    });
}

QStringList PropertyDefinitionsModel::names() const
{
    QStringList result;
    result.reserve(m_definitions.size());
    for (const PropertyDefinition &d : m_definitions)
        result.append(d.name);
    return result;
}

PropertyDefinition PropertyDefinitionsModel::definition(int row) const
{
    return m_definitions.value(row);
}

int PropertyDefinitionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_definitions.size());
}

QVariant PropertyDefinitionsModel::data(const QModelIndex &index, int role) const
{
    if (!isFlatIndex(*this, index))
        return {};
    const PropertyDefinition &d = m_definitions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return d.name;
    case Qt::ToolTipRole:
        if (d.count >= 0)
            return tr("%1: used by %n group(s)", nullptr, static_cast<int>(std::min<qint64>(d.count, INT_MAX)))
                .arg(d.name);
        return d.name;
    case RawValueRole:
        return d.count;
    case JsonTypeRole:
        return d.propertyType;
    default:
        return {};
    }
}
