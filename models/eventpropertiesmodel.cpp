#include "eventpropertiesmodel.h"

#include "flatindex.h"
#include "modelroles.h"

EventPropertiesModel::EventPropertiesModel(PostHogClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{ }

EventPropertiesModel::~EventPropertiesModel() = default;

void EventPropertiesModel::setSearch(const QString &search)
{
    m_search = search.trimmed();
    const quint64 generation = ++m_generation;
    if (!m_client)
        return;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    m_client->eventPropertyDefinitions(m_search, Limit, this,
                                       [this, generation](const ApiResult<EventPropertySuggestions> &r) {
                                           if (generation != m_generation)
                                               return; // the user typed on: a newer search is under way
                                           m_loading = false;
                                           Q_EMIT loadingChanged(false);
                                           if (!r.ok()) {
                                               // Keep the last suggestions: they are still event properties, only not
                                               // narrowed.
                                               Q_EMIT errorOccurred(r.error);
                                               return;
                                           }
                                           // One reset, not remove+insert: the picker keeps the user's text across it.
                                           beginResetModel();
                                           m_definitions = r.value.definitions;
                                           m_total = r.value.total;
                                           endResetModel();
                                           Q_EMIT loaded();
                                       });
}

QStringList EventPropertiesModel::names() const
{
    QStringList result;
    result.reserve(m_definitions.size());
    for (const PropertyDefinition &d : m_definitions)
        result.append(d.name);
    return result;
}

int EventPropertiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_definitions.size());
}

QVariant EventPropertiesModel::data(const QModelIndex &index, int role) const
{
    if (!isFlatIndex(*this, index))
        return {};
    const PropertyDefinition &d = m_definitions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return d.name;
    case Qt::ToolTipRole:
        return d.propertyType.isEmpty() ? d.name : tr("%1 (%2 event property)").arg(d.name, d.propertyType);
    case JsonTypeRole:
        return d.propertyType;
    default:
        return {};
    }
}
