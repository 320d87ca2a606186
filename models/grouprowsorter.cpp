#include "grouprowsorter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <numeric>

GroupRowSorter::Key GroupRowSorter::textKey(const QString &text)
{
    Key key;
    key.rank = 2;
    key.text = text.toCaseFolded();
    return key;
}

GroupRowSorter::Key GroupRowSorter::numberKey(double number)
{
    Key key;
    key.rank = 0;
    key.number = number;
    return key;
}

GroupRowSorter::Key GroupRowSorter::keyFor(const QJsonValue &value)
{
    Key key;
    switch (value.type()) {
    case QJsonValue::Double:
        return numberKey(value.toDouble());
    case QJsonValue::Bool:
        key.rank = 1;
        key.number = value.toBool() ? 1 : 0;
        return key;
    case QJsonValue::String:
        return textKey(value.toString());
    case QJsonValue::Array:
        key.rank = 3;
        key.text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        return key;
    case QJsonValue::Object:
        key.rank = 3;
        key.text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        return key;
    case QJsonValue::Null:
        key.rank = 4;
        return key;
    case QJsonValue::Undefined:
        break;
    }
    key.rank = 5;
    return key;
}

int GroupRowSorter::compare(const Key &a, const Key &b)
{
    if (a.rank != b.rank)
        return a.rank < b.rank ? -1 : 1;
    if (a.rank <= 1)
        return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
    return a.text.compare(b.text);
}

std::vector<int> GroupRowSorter::order(qsizetype count, const KeyFunction &key, bool descending)
{
    std::vector<Key> keys;
    keys.reserve(size_t(count));
    for (qsizetype row = 0; row < count; ++row)
        keys.push_back(key(row));
    std::vector<int> rows(static_cast<size_t>(count));
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&keys, descending](int a, int b) {
        const Key &x = keys[size_t(a)];
        const Key &y = keys[size_t(b)];
        // Null and missing stay at the end whichever way the values go.
        if (descending && x.rank < 4 && y.rank < 4)
            return compare(y, x) < 0;
        return compare(x, y) < 0;
    });
    return rows;
}
