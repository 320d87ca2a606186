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

bool GroupSortFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
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
