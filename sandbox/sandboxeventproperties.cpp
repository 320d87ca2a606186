#include "sandboxeventproperties.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr int FeatureFlags = 150;

/// (name, property_type) in name order, as PostHog sorts them without event filters.
const QList<std::pair<QString, QString>> &definitions()
{
    static const QList<std::pair<QString, QString>> all = [] {
        QList<std::pair<QString, QString>> list = {
            {u"$browser"_s, u"String"_s},
            {u"$browser_version"_s, u"Numeric"_s},
            {u"$current_url"_s, u"String"_s},
            {u"$device_type"_s, u"String"_s},
            {u"$os"_s, u"String"_s},
            {u"$pathname"_s, u"String"_s},
            {u"$referrer"_s, u"String"_s},
            {u"$screen_height"_s, u"Numeric"_s},
            {u"$screen_width"_s, u"Numeric"_s},
            {u"$session_duration"_s, u"Numeric"_s},
            {u"amount"_s, u"Numeric"_s},
            {u"currency"_s, u"String"_s},
            {u"discount"_s, u"Numeric"_s},
            {u"is_trial"_s, u"Boolean"_s},
            {u"item_count"_s, u"Numeric"_s},
            {u"order_id"_s, u"String"_s},
            {u"plan"_s, u"String"_s},
            {u"price"_s, u"Numeric"_s},
            {u"purchased_at"_s, u"DateTime"_s},
            {u"quantity"_s, u"Numeric"_s},
            {u"revenue"_s, u"Numeric"_s},
            {u"seats"_s, u"Numeric"_s},
            {u"tax"_s, u"Numeric"_s},
        };
        for (int i = 1; i <= FeatureFlags; ++i)
            list.append({u"$feature/flag-%1"_s.arg(i, 3, 10, QLatin1Char('0')), u"String"_s});
        std::sort(list.begin(), list.end());
        return list;
    }();
    return all;
}

bool matches(const QString &name, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(),
                       [&name](const QString &word) { return name.contains(word, Qt::CaseInsensitive); });
}
} // namespace

SandboxReply SandboxEventProperties::list(const SandboxCall &call)
{
    if (call.method != "GET")
        return SandboxReply::methodNotAllowed(call.method);
    const QStringList words = call.param(u"search"_s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString numerical = call.param(u"is_numerical"_s);
    QList<std::pair<QString, QString>> found;
    for (const auto &definition : definitions()) {
        const bool isNumerical = definition.second == u"Numeric"_s;
        if (!matches(definition.first, words))
            continue;
        if ((numerical == u"true"_s && !isNumerical) || (numerical == u"false"_s && isNumerical))
            continue;
        found.append(definition);
    }
    const int limit = call.hasParam(u"limit"_s) ? qMax(1, call.param(u"limit"_s).toInt()) : 100;
    const int offset = qMax(0, call.param(u"offset"_s).toInt());
    QJsonArray results;
    for (qsizetype i = offset; i < found.size() && i < offset + limit; ++i) {
        const auto &definition = found.at(i);
        results.append(QJsonObject{{u"id"_s, u"0190d2c4-e000-7000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0'))},
                                   {u"name"_s, definition.first},
                                   {u"is_numerical"_s, definition.second == u"Numeric"_s},
                                   {u"property_type"_s, definition.second},
                                   {u"tags"_s, QJsonArray()},
                                   {u"is_seen_on_filtered_events"_s, QJsonValue()}});
    }
    const auto link = [&call, limit](int off) {
        QUrl url = call.url;
        QUrlQuery query = call.query;
        query.removeAllQueryItems(u"limit"_s);
        query.removeAllQueryItems(u"offset"_s);
        query.addQueryItem(u"limit"_s, QString::number(limit));
        query.addQueryItem(u"offset"_s, QString::number(off));
        url.setQuery(query);
        return QJsonValue(url.toString(QUrl::FullyEncoded));
    };
    return SandboxReply::json(
        200, QJsonObject{{u"count"_s, int(found.size())},
                         {u"next"_s, offset + limit < found.size() ? link(offset + limit) : QJsonValue()},
                         {u"previous"_s, offset > 0 ? link(qMax(0, offset - limit)) : QJsonValue()},
                         {u"results"_s, results}});
}
