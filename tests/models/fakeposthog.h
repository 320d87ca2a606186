#pragma once

#include "fakenetworkaccessmanager.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrlQuery>

#include <utility>

/**
 * A tiny stateful PostHog for edit tests at the QNAM seam: group types (names), groups
 * (properties) and usage metrics, with switches for the failures the edit tests need.
 * Only the routes the EditService uses; answers follow docs/posthog-api-contract.md shapes.
 */
class FakePostHog
{
public:
    FakePostHog()
    {
        QJsonObject type;
        type.insert(QStringLiteral("group_type"), QStringLiteral("organization"));
        type.insert(QStringLiteral("group_type_index"), 0);
        type.insert(QStringLiteral("name_singular"), QStringLiteral("Organization"));
        type.insert(QStringLiteral("name_plural"), QStringLiteral("Organizations"));
        type.insert(QStringLiteral("default_columns"), QJsonValue::Null);
        type.insert(QStringLiteral("detail_dashboard"), QJsonValue::Null);
        type.insert(QStringLiteral("created_at"), QStringLiteral("2024-01-15T09:30:00Z"));
        types.append(type);
        QJsonObject props;
        props.insert(QStringLiteral("name"), QStringLiteral("Acme"));
        props.insert(QStringLiteral("seats"), 12);
        groups.insert(QStringLiteral("acme"), props);
    }

    QJsonArray types;
    QMap<QString, QJsonObject> groups;  ///< key -> properties (type 0 only)
    QMap<QString, QJsonObject> metrics; ///< id -> object
    bool denyMetadata = false;          ///< newest PostHog: 403 for personal API keys
    int failNext = 0;                   ///< the next N requests answer 500
    int captureFailStatus = 0;          ///< next property write is applied, then answers this capture failure
    int nextId = 1;

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

    QJsonObject groupObject(const QString &key) const
    {
        QJsonObject g;
        g.insert(QStringLiteral("group_type_index"), 0);
        g.insert(QStringLiteral("group_key"), key);
        g.insert(QStringLiteral("group_properties"), groups.value(key));
        g.insert(QStringLiteral("created_at"), QStringLiteral("2024-05-01T11:00:00Z"));
        return g;
    }

    FakeResponse answer(const FakeNetworkAccessManager::Request &r)
    {
        if (failNext > 0) {
            --failNext;
            return FakeResponse::json(
                500, QByteArrayLiteral(R"({"type":"server_error","code":"error","detail":"boom","attr":null})"));
        }
        const QString path = r.url.path();
        const QString base = QStringLiteral("/api/projects/1/");
        const QString rel = path.startsWith(base) ? path.mid(base.size()) : path;
        const QUrlQuery query(r.url);
        const QJsonDocument body = QJsonDocument::fromJson(r.body);
        const QByteArray &m = r.method;

        if (rel == QLatin1String("groups_types/") && m == "GET")
            return json(200, types);
        if (rel == QLatin1String("groups_types/update_metadata/") && m == "PATCH") {
            if (denyMetadata)
                return FakeResponse::json(
                    403,
                    QByteArrayLiteral(
                        R"({"type":"authentication_error","code":"permission_denied","detail":"This action does not support personal API key access","attr":null})"));
            const QJsonArray rows = body.array();
            for (const QJsonValue &row : rows) {
                for (int i = 0; i < types.size(); ++i) {
                    QJsonObject t = types.at(i).toObject();
                    if (t.value(QStringLiteral("group_type_index"))
                        != row.toObject().value(QStringLiteral("group_type_index")))
                        continue;
                    for (const QString &field : {QStringLiteral("name_singular"), QStringLiteral("name_plural")}) {
                        if (row.toObject().contains(field))
                            t.insert(field, row.toObject().value(field));
                    }
                    types.replace(i, t);
                }
            }
            return json(200, types);
        }
        if (rel == QLatin1String("groups_types/set_default_columns/") && m == "PUT") {
            if (denyMetadata)
                return FakeResponse::json(
                    403,
                    QByteArrayLiteral(
                        R"({"type":"authentication_error","code":"permission_denied","detail":"This action does not support personal API key access","attr":null})"));
            for (int i = 0; i < types.size(); ++i) {
                QJsonObject t = types.at(i).toObject();
                if (t.value(QStringLiteral("group_type_index"))
                    == body.object().value(QStringLiteral("group_type_index"))) {
                    t.insert(QStringLiteral("default_columns"), body.object().value(QStringLiteral("default_columns")));
                    types.replace(i, t);
                    return json(200, t);
                }
            }
            return FakeResponse::json(404, QByteArrayLiteral(R"({"detail":"Group type not found"})"));
        }
        if (rel.startsWith(QLatin1String("groups_types/")) && rel.count(QLatin1Char('/')) == 2 && m == "DELETE") {
            const int index = rel.section(QLatin1Char('/'), 1, 1).toInt();
            for (int i = 0; i < types.size(); ++i) {
                if (types.at(i).toObject().value(QStringLiteral("group_type_index")).toInt() == index) {
                    types.removeAt(i);
                    FakeResponse r204;
                    r204.status = 204;
                    return r204;
                }
            }
            return FakeResponse::json(404, QByteArrayLiteral(R"({"detail":"Group type not found"})"));
        }
        const QString key = query.queryItemValue(QStringLiteral("group_key"));
        if (rel == QLatin1String("groups/find/") && m == "GET") {
            if (!groups.contains(key))
                return FakeResponse::json(
                    404, QByteArrayLiteral(
                             R"({"type":"invalid_request","code":"not_found","detail":"Not found.","attr":null})"));
            return json(200, groupObject(key));
        }
        if (rel == QLatin1String("groups/update_property/") && m == "POST") {
            QJsonObject props = groups.value(key);
            props.insert(body.object().value(QStringLiteral("key")).toString(),
                         body.object().value(QStringLiteral("value")));
            groups.insert(key, props);
            if (captureFailStatus != 0) {
                // PostHog's trigger_group_identify: the row is written, then the event fails.
                const int status = std::exchange(captureFailStatus, 0);
                return FakeResponse::json(
                    status,
                    QByteArrayLiteral(
                        R"({"code":"Failed to submit group property update event.","detail":"capture_http_error","type":"capture_http_error"})"));
            }
            return json(200, groupObject(key));
        }
        if (rel == QLatin1String("groups/delete_property/") && m == "POST") {
            QJsonObject props = groups.value(key);
            const QString name = body.object().value(QStringLiteral("$unset")).toString();
            if (!props.contains(name))
                return FakeResponse::json(
                    400,
                    QByteArrayLiteral(
                        R"({"type":"validation_error","code":"invalid_input","detail":"Property does not exist on this group.","attr":"$unset"})"));
            props.remove(name);
            groups.insert(key, props);
            return json(200, groupObject(key));
        }
        const QString metricsPath = QStringLiteral("groups_types/0/metrics/");
        if (rel == metricsPath && m == "GET") {
            QJsonArray results;
            for (const QJsonObject &o : std::as_const(metrics))
                results.append(o);
            QJsonObject page;
            page.insert(QStringLiteral("count"), results.size());
            page.insert(QStringLiteral("next"), QJsonValue::Null);
            page.insert(QStringLiteral("previous"), QJsonValue::Null);
            page.insert(QStringLiteral("results"), results);
            return json(200, page);
        }
        if (rel == metricsPath && m == "POST") {
            QJsonObject o = body.object();
            const QString id = QStringLiteral("00000000-0000-0000-0000-%1").arg(nextId++, 12, 10, QLatin1Char('0'));
            o.insert(QStringLiteral("id"), id);
            metrics.insert(id, o);
            return json(201, o);
        }
        if (rel.startsWith(metricsPath)) {
            QString id = rel.mid(metricsPath.size());
            id.chop(1);
            if (!metrics.contains(id))
                return FakeResponse::json(
                    404, QByteArrayLiteral(
                             R"({"type":"invalid_request","code":"not_found","detail":"Not found.","attr":null})"));
            if (m == "GET")
                return json(200, metrics.value(id));
            if (m == "PATCH") {
                QJsonObject o = metrics.value(id);
                const QJsonObject changes = body.object();
                for (auto it = changes.begin(); it != changes.end(); ++it)
                    o.insert(it.key(), it.value());
                metrics.insert(id, o);
                return json(200, o);
            }
            if (m == "DELETE") {
                metrics.remove(id);
                FakeResponse r204;
                r204.status = 204;
                return r204;
            }
        }
        return FakeResponse::json(
            404,
            QByteArrayLiteral(R"({"type":"invalid_request","code":"not_found","detail":"Not found.","attr":null})"));
    }
};
