#pragma once

#include "fakenetworkaccessmanager.h"
#include "fakeresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrlQuery>

/**
 * A small stateful PostHog for main-window tests at the QNAM seam: one project, two group
 * types, `groupCount` groups of type 0 with 100-row keyset pages, search, find, property
 * writes, activity and related actors. `readOnlyKey` answers writes with PostHog's 403
 * "missing required scope". Used until (and besides) the sandbox, so window tests are exact
 * and fast.
 */
class FakeGroupServer
{
public:
    explicit FakeGroupServer(int groupCount = 250)
    {
        for (int i = 0; i < groupCount; ++i) {
            const QString key = QStringLiteral("org:%1").arg(i, 4, 10, QLatin1Char('0'));
            QJsonObject props;
            props.insert(QStringLiteral("name"), QStringLiteral("Company %1").arg(i));
            props.insert(QStringLiteral("seats"), 10 + i);
            props.insert(QStringLiteral("plan"), i % 3 == 0 ? QStringLiteral("enterprise") : QStringLiteral("free"));
            props.insert(QStringLiteral("address"), QJsonObject{{QStringLiteral("city"), QStringLiteral("Berlin")}});
            keys.append(key);
            groups.insert(key, props);
        }
    }

    QStringList keys;                  ///< server order (newest first)
    QMap<QString, QJsonObject> groups; ///< key -> properties
    bool readOnlyKey = false;          ///< writes answer 403 missing scope
    bool failActivity = false;         ///< groups/activity/ answers 500
    int listRequests = 0;
    QStringList listSearches; ///< the `search` of every list request, as sent (empty: none)
    int failLists = 0;        ///< the next N list requests answer 503

    FakeNetworkAccessManager::Handler handler()
    {
        return [this](const FakeNetworkAccessManager::Request &r) { return answer(r); };
    }

private:
    static FakeResponse json(int status, const QJsonValue &value)
    {
        const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        return FakeResponse::json(status, body);
    }
    static FakeResponse notFound()
    {
        return FakeResponse::json(
            404,
            QByteArrayLiteral(R"({"type":"invalid_request","code":"not_found","detail":"Not found.","attr":null})"));
    }

    QJsonObject groupObject(const QString &key) const
    {
        QJsonObject g;
        g.insert(QStringLiteral("group_type_index"), 0);
        g.insert(QStringLiteral("group_key"), key);
        g.insert(QStringLiteral("group_properties"), groups.value(key));
        g.insert(QStringLiteral("created_at"), QStringLiteral("2024-05-01T11:00:00Z"));
        return g;
    }

    static QJsonObject type(int index, const QString &code, const QString &singular, const QString &plural)
    {
        QJsonObject t;
        t.insert(QStringLiteral("group_type"), code);
        t.insert(QStringLiteral("group_type_index"), index);
        t.insert(QStringLiteral("name_singular"), singular);
        t.insert(QStringLiteral("name_plural"), plural);
        t.insert(QStringLiteral("default_columns"), QJsonArray{QStringLiteral("plan")});
        t.insert(QStringLiteral("detail_dashboard"), QJsonValue::Null);
        t.insert(QStringLiteral("created_at"), QStringLiteral("2024-01-15T09:30:00Z"));
        return t;
    }

    FakeResponse list(const FakeNetworkAccessManager::Request &r, const QUrlQuery &query)
    {
        ++listRequests;
        listSearches.append(query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded));
        if (failLists > 0) {
            --failLists;
            return FakeResponse::json(
                503, QByteArrayLiteral(
                         R"({"type":"server_error","code":"error","detail":"Service unavailable","attr":null})"));
        }
        if (query.queryItemValue(QStringLiteral("group_type_index")) != QLatin1String("0"))
            return json(200, QJsonObject{{QStringLiteral("next"), QJsonValue::Null},
                                         {QStringLiteral("previous"), QJsonValue::Null},
                                         {QStringLiteral("results"), QJsonArray()}});
        const QString search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).toLower();
        QStringList matching = search.isEmpty() ? keys : QStringList();
        for (const QString &key : search.isEmpty() ? QStringList() : keys) {
            const QString text =
                QString::fromUtf8(QJsonDocument(groups.value(key)).toJson(QJsonDocument::Compact)).toLower();
            if (search.isEmpty() || text.contains(search) || key.toLower() == search)
                matching << key;
        }
        const int offset = query.queryItemValue(QStringLiteral("cursor")).toInt();
        QJsonArray results;
        for (int i = offset; i < qMin(offset + 100, static_cast<int>(matching.size())); ++i)
            results.append(groupObject(matching.at(i)));
        QJsonValue next = QJsonValue::Null;
        if (offset + 100 < matching.size()) {
            QUrl url = r.url;
            QUrlQuery nextQuery;
            nextQuery.addQueryItem(QStringLiteral("group_type_index"), QStringLiteral("0"));
            nextQuery.addQueryItem(QStringLiteral("cursor"), QString::number(offset + 100));
            if (!search.isEmpty())
                nextQuery.addQueryItem(QStringLiteral("search"), search);
            url.setQuery(nextQuery);
            next = url.toString();
        }
        return json(200, QJsonObject{{QStringLiteral("next"), next},
                                     {QStringLiteral("previous"), QJsonValue::Null},
                                     {QStringLiteral("results"), results}});
    }

    FakeResponse answer(const FakeNetworkAccessManager::Request &r)
    {
        const QString path = r.url.path();
        const QUrlQuery query(r.url);
        const QByteArray &m = r.method;
        if (path == QLatin1String("/api/projects/@current/") || path == QLatin1String("/api/projects/1/"))
            return json(
                200, QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Fake project")}});
        const QString base = QStringLiteral("/api/projects/1/");
        if (!path.startsWith(base))
            return notFound();
        const QString rel = path.mid(base.size());
        const QString key = query.queryItemValue(QStringLiteral("group_key"), QUrl::FullyDecoded);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();

        if (rel == QLatin1String("groups_types/") && m == "GET")
            return json(200, QJsonArray{type(0, QStringLiteral("organization"), QStringLiteral("Organization"),
                                             QStringLiteral("Organizations")),
                                        type(1, QStringLiteral("workspace"), QStringLiteral("Workspace"),
                                             QStringLiteral("Workspaces"))});
        if (rel == QLatin1String("groups/") && m == "GET")
            return list(r, query);
        if (rel == QLatin1String("groups/find/") && m == "GET")
            return groups.contains(key) ? json(200, groupObject(key)) : notFound();
        if ((rel == QLatin1String("groups/update_property/") || rel == QLatin1String("groups/delete_property/"))
            && m == "POST") {
            if (readOnlyKey)
                return FakeResponse::json(
                    403,
                    QByteArrayLiteral(
                        R"({"type":"authentication_error","code":"permission_denied","detail":"API key missing required scope 'group:write'","attr":null})"));
            if (!groups.contains(key))
                return notFound();
            QJsonObject props = groups.value(key);
            if (rel == QLatin1String("groups/update_property/"))
                props.insert(body.value(QStringLiteral("key")).toString(), body.value(QStringLiteral("value")));
            else
                props.remove(body.value(QStringLiteral("$unset")).toString());
            groups.insert(key, props);
            return json(200, groupObject(key));
        }
        if (rel == QLatin1String("groups/activity/") && m == "GET" && failActivity)
            return json(500, QJsonObject{{QStringLiteral("type"), QStringLiteral("server_error")},
                                         {QStringLiteral("code"), QStringLiteral("error")},
                                         {QStringLiteral("detail"), QStringLiteral("boom")},
                                         {QStringLiteral("attr"), QJsonValue::Null}});
        if (rel == QLatin1String("groups/activity/") && m == "GET")
            return json(200, QJsonObject{{QStringLiteral("results"), QJsonArray()},
                                         {QStringLiteral("next"), QJsonValue::Null},
                                         {QStringLiteral("previous"), QJsonValue::Null},
                                         {QStringLiteral("total_count"), 0}});
        if (rel == QLatin1String("groups/related/") && m == "GET")
            return json(
                200, QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("person")},
                                            {QStringLiteral("id"), QStringLiteral("0001")},
                                            {QStringLiteral("name"), QStringLiteral("ana@example.com")},
                                            {QStringLiteral("created_at"), QStringLiteral("2024-05-01T11:00:00Z")}}});
        return notFound();
    }
};
