#include "groupsortfilterproxy.h"

#include "modelroles.h"

#include <QDateTime>
#include <QJsonValue>

namespace {
/// Rank of a JSON type, so mixed columns sort in a stable order (missing values last).
int typeRank(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return 0;
    case QJsonValue::Bool:
        return 1;
    case QJsonValue::String:
        return 2;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return 3;
    case QJsonValue::Null:
        return 4;
    case QJsonValue::Undefined:
        return 5;
    }
    return 5;
}

int compareJson(const QJsonValue &a, const QJsonValue &b)
{
    const int ra = typeRank(a);
    const int rb = typeRank(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    switch (a.type()) {
    case QJsonValue::Double: {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    case QJsonValue::Bool:
        return int(a.toBool()) - int(b.toBool());
    case QJsonValue::String:
        return a.toString().compare(b.toString(), Qt::CaseInsensitive);
    default:
        return 0;
    }
}
} // namespace

GroupSortFilterProxy::GroupSortFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setDynamicSortFilter(true);
}

GroupSortFilterProxy::~GroupSortFilterProxy() = default;

GroupSortFilterProxy::SortKey GroupSortFilterProxy::keyFor(const QVariant &value)
{
    SortKey key;
    if (value.metaType() == QMetaType::fromType<QJsonValue>()) {
        const QJsonValue json = value.value<QJsonValue>();
        key.rank = typeRank(json);
        if (json.isDouble())
            key.number = json.toDouble();
        else if (json.isBool())
            key.number = json.toBool() ? 1 : 0;
        else if (json.isString())
            key.text = json.toString().toCaseFolded();
    } else if (value.metaType() == QMetaType::fromType<QDateTime>()) {
        const QDateTime when = value.toDateTime();
        key.rank = when.isValid() ? 0 : 5;
        key.number = when.isValid() ? double(when.toMSecsSinceEpoch()) : 0;
    } else if (value.metaType() == QMetaType::fromType<QString>()) {
        key.rank = 2;
        key.text = value.toString().toCaseFolded();
    } else if (value.isValid() && value.canConvert<double>()) {
        key.rank = 0;
        key.number = value.toDouble();
    }
    return key;
}

int GroupSortFilterProxy::compareKeys(const SortKey &a, const SortKey &b)
{
    if (a.rank != b.rank)
        return a.rank < b.rank ? -1 : 1;
    if (a.number != b.number)
        return a.number < b.number ? -1 : 1;
    return a.text.compare(b.text);
}

void GroupSortFilterProxy::sort(int column, Qt::SortOrder order)
{
    QAbstractItemModel *source = sourceModel();
    if (!source || column < 0 || column >= source->columnCount()) {
        QSortFilterProxyModel::sort(column, order);
        return;
    }
    const int rows = source->rowCount();
    m_keys.clear();
    m_keys.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        m_keys.push_back(keyFor(source->index(row, column).data(sortRole())));
    m_keysColumn = column;
    QSortFilterProxyModel::sort(column, order);
    // Later inserts (dynamic sorting while pages arrive) compare through data() again: the
    // keys would go stale with the next edit, and a page is only 100 rows.
    m_keysColumn = -1;
    m_keys.clear();
    m_keys.shrink_to_fit();
}

bool GroupSortFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_keysColumn >= 0 && left.column() == m_keysColumn && right.column() == m_keysColumn
        && size_t(left.row()) < m_keys.size() && size_t(right.row()) < m_keys.size())
        return compareKeys(m_keys[size_t(left.row())], m_keys[size_t(right.row())]) < 0;

    const QVariant l = left.data(RawValueRole);
    const QVariant r = right.data(RawValueRole);
    if (l.metaType() == QMetaType::fromType<QJsonValue>() || r.metaType() == QMetaType::fromType<QJsonValue>())
        return compareJson(l.value<QJsonValue>(), r.value<QJsonValue>()) < 0;
    if (l.metaType() == QMetaType::fromType<QDateTime>() || r.metaType() == QMetaType::fromType<QDateTime>()) {
        // Invalid/missing dates sort last.
        const QDateTime a = l.toDateTime();
        const QDateTime b = r.toDateTime();
        if (a.isValid() != b.isValid())
            return a.isValid();
        return a < b;
    }
    if (l.metaType() == QMetaType::fromType<QString>() && r.metaType() == QMetaType::fromType<QString>())
        return l.toString().compare(r.toString(), Qt::CaseInsensitive) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}
