#include "propertyvaluesmodel.h"

#include "flatindex.h"
#include "modelroles.h"
#include "posthogclient.h"

PropertyValuesModel::PropertyValuesModel(PostHogClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{ }

PropertyValuesModel::~PropertyValuesModel() = default;

void PropertyValuesModel::setQuery(int typeIndex, const QString &property, const QString &contains)
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_values.clear();
    endResetModel();
    if (!m_client || property.isEmpty())
        return;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    m_client->propertyValues(typeIndex, property, contains, this,
                             [this, generation](const ApiResult<QList<PropertyCount>> &r) {
                                 if (generation != m_generation)
                                     return; // the user typed on: a newer query runs
                                 m_loading = false;
                                 Q_EMIT loadingChanged(false);
                                 if (!r.ok()) {
                                     Q_EMIT errorOccurred(r.error);
                                     return;
                                 }
                                 if (!r.value.isEmpty()) {
                                     beginInsertRows({}, 0, static_cast<int>(r.value.size()) - 1);
                                     m_values = r.value;
                                     endInsertRows();
                                 }
                                 Q_EMIT loaded();
                             });
}

int PropertyValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_values.size());
}

QVariant PropertyValuesModel::data(const QModelIndex &index, int role) const
{
    if (!isFlatIndex(*this, index))
        return {};
    const PropertyCount &v = m_values.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(v.name).arg(v.count);
    case Qt::EditRole:
    case RawValueRole:
        return v.name;
    case Qt::UserRole:
        return v.count;
    default:
        return {};
    }
}
