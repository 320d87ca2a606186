#pragma once

#include "fakenetworkaccessmanager.h"
#include "fakeresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>

/**
 * A small stateful PostHog for the admin panel tests at the QNAM seam: group types with
 * their metadata actions and per-type usage metrics (list, create, PATCH, delete), plus
 * property definitions for the pickers. `pakDeny` answers the three session-only actions
 * like the newest PostHog does for personal API keys; metric names are unique per type
 * (a rule only the server checks).
 */
class FakeAdminServer
{
public:
    FakeAdminServer()
    {
        types.append(QJsonObject{{QStringLiteral("group_type"), QStringLiteral("organization")},
                                 {QStringLiteral("group_type_index"), 0},
                                 {QStringLiteral("name_singular"), QStringLiteral("Organization")},
                                 {QStringLiteral("name_plural"), QJsonValue::Null},
                                 {QStringLiteral("default_columns"), QJsonValue::Null},
                                 {QStringLiteral("detail_dashboard"), QJsonValue::Null},
                                 {QStringLiteral("created_at"), QStringLiteral("2026-01-02T03:04:05Z")}});
        types.append(QJsonObject{{QStringLiteral("group_type"), QStringLiteral("instance")},
                                 {QStringLiteral("group_type_index"), 1},
                                 {QStringLiteral("name_singular"), QJsonValue::Null},
                                 {QStringLiteral("name_plural"), QJsonValue::Null},
                                 {QStringLiteral("default_columns"), QJsonValue::Null},
                                 {QStringLiteral("detail_dashboard"), 7},
                                 {QStringLiteral("created_at"), QStringLiteral("2026-02-03T04:05:06Z")}});
        metrics.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
                                   {QStringLiteral("group_type_index"), 0},
                                   {QStringLiteral("name"), QStringLiteral("Events")},
                                   {QStringLiteral("format"), QStringLiteral("numeric")},
                                   {QStringLiteral("interval"), 7},
                                   {QStringLiteral("display"), QStringLiteral("number")},
                                   {QStringLiteral("filters"), QJsonObject{{QStringLiteral("events"), QJsonArray()}}},
                                   {QStringLiteral("math"), QStringLiteral("count")},
                                   {QStringLiteral("math_property"), QJsonValue::Null}});
    }

    QList<QJsonObject> types;
    QList<QJsonObject> metrics; ///< every type's metrics, with group_type_index
    bool pakDeny = false;
    bool readOnlyKey = false; ///< every write answers 403 "missing required scope"
    QStringList log;          ///< "METHOD path-suffix" of every request

    FakeNetworkAccessManager::Handler handler()
    {
        return [this](const FakeNetworkAccessManager::Request &r) { return answer(r); };
    }

    QJsonObject type(int index) const
    {
        for (const QJsonObject &t : types)
            if (t.value(QStringLiteral("group_type_index")).toInt() == index)
                return t;
        return {};
    }

    int metricCount(int index) const
    {
        int n = 0;
        for (const QJsonObject &m : metrics)
            n += m.value(QStringLiteral("group_type_index")).toInt() == index ? 1 : 0;
        return n;
    }

    QJsonObject metricNamed(const QString &name) const
    {
        for (const QJsonObject &m : metrics)
            if (m.value(QStringLiteral("name")).toString() == name)
                return m;
        return {};
    }

private:
    static FakeResponse json(int status, const QJsonValue &value)
    {
        const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        return FakeResponse::json(status, body);
    }
    static FakeResponse error(int status, const QString &code, const QString &detail, const QJsonValue &attr)
    {
        return json(status, QJsonObject{{QStringLiteral("type"), status == 403 ? QStringLiteral("authentication_error")
                                                                               : QStringLiteral("validation_error")},
                                        {QStringLiteral("code"), code},
                                        {QStringLiteral("detail"), detail},
                                        {QStringLiteral("attr"), attr}});
    }
    static FakeResponse denied()
    {
        return error(403, QStringLiteral("permission_denied"),
                     QStringLiteral("This action does not support personal API key access"), QJsonValue::Null);
    }
    QJsonArray typesArray() const
    {
        QJsonArray array;
        for (const QJsonObject &t : types)
            array.append(t);
        return array;
    }
    void replaceType(const QJsonObject &t)
    {
        for (QJsonObject &existing : types)
            if (existing.value(QStringLiteral("group_type_index")) == t.value(QStringLiteral("group_type_index")))
                existing = t;
    }

    FakeResponse answer(const FakeNetworkAccessManager::Request &r)
    {
        static const QRegularExpression prefix(QStringLiteral("^/api/(?:projects|environments)/[^/]+/"));
        QString path = r.url.path();
        path.remove(prefix);
        log.append(QString::fromLatin1(r.method) + u' ' + path);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QString method = QString::fromLatin1(r.method);

        if (readOnlyKey && method != u"GET")
            return error(403, QStringLiteral("permission_denied"),
                         QStringLiteral("API key missing required scope 'group:write'"), QJsonValue::Null);
        if (path == u"groups_types/" && method == u"GET")
            return json(200, typesArray());
        if (path == u"groups/property_definitions/") {
            const QJsonArray names{
                QJsonObject{{QStringLiteral("name"), QStringLiteral("name")}, {QStringLiteral("count"), 3}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("plan")}, {QStringLiteral("count"), 3}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("seats")}, {QStringLiteral("count"), 3}}};
            return json(200, QJsonObject{{QStringLiteral("0"), names}, {QStringLiteral("1"), names}});
        }
        if (path == u"groups_types/update_metadata/") {
            if (pakDeny)
                return denied();
            const QJsonArray rows = QJsonDocument::fromJson(r.body).array();
            for (const auto &row : rows) {
                QJsonObject t = type(row[QStringLiteral("group_type_index")].toInt());
                for (const QString &k : {QStringLiteral("name_singular"), QStringLiteral("name_plural")})
                    if (row.toObject().contains(k))
                        t.insert(k, row[k]);
                replaceType(t);
            }
            return json(200, typesArray());
        }
        if (path == u"groups_types/set_default_columns/" || path == u"groups_types/create_detail_dashboard/") {
            if (pakDeny)
                return denied();
            QJsonObject t = type(body.value(QStringLiteral("group_type_index")).toInt());
            if (path.contains(u"columns"))
                t.insert(QStringLiteral("default_columns"), body.value(QStringLiteral("default_columns")));
            else
                t.insert(QStringLiteral("detail_dashboard"), 99);
            replaceType(t);
            return json(200, t);
        }
        static const QRegularExpression typePath(QStringLiteral("^groups_types/(\\d)/$"));
        if (const auto m = typePath.match(path); m.hasMatch() && method == u"DELETE") {
            const int index = m.captured(1).toInt();
            types.removeIf(
                [index](const QJsonObject &t) { return t.value(QStringLiteral("group_type_index")).toInt() == index; });
            return FakeResponse::json(204, {});
        }
        static const QRegularExpression metricsPath(QStringLiteral("^groups_types/(\\d)/metrics/(?:([^/]+)/)?$"));
        if (const auto m = metricsPath.match(path); m.hasMatch())
            return answerMetrics(method, m.captured(1).toInt(), m.captured(2), body);
        return error(404, QStringLiteral("not_found"), QStringLiteral("Not found."), QJsonValue::Null);
    }

    FakeResponse answerMetrics(const QString &method, int index, const QString &id, const QJsonObject &body)
    {
        if (id.isEmpty() && method == u"GET") {
            QJsonArray results;
            for (const QJsonObject &metric : std::as_const(metrics))
                if (metric.value(QStringLiteral("group_type_index")).toInt() == index)
                    results.append(metric);
            return json(200, QJsonObject{{QStringLiteral("count"), results.size()},
                                         {QStringLiteral("next"), QJsonValue::Null},
                                         {QStringLiteral("previous"), QJsonValue::Null},
                                         {QStringLiteral("results"), results}});
        }
        const QString name = body.value(QStringLiteral("name")).toString();
        for (const QJsonObject &other : std::as_const(metrics)) {
            if (body.contains(QStringLiteral("name")) && other.value(QStringLiteral("name")).toString() == name
                && other.value(QStringLiteral("group_type_index")).toInt() == index
                && other.value(QStringLiteral("id")).toString() != id)
                return error(400, QStringLiteral("unique"),
                             QStringLiteral("A metric with this name already exists for this group type."),
                             QStringLiteral("name"));
        }
        if (id.isEmpty() && method == u"POST") {
            QJsonObject created = body;
            created.insert(
                QStringLiteral("id"),
                QStringLiteral("00000000-0000-0000-0000-1000000000%1").arg(metrics.size(), 2, 10, QLatin1Char('0')));
            created.insert(QStringLiteral("group_type_index"), index);
            metrics.append(created);
            return json(201, created);
        }
        for (qsizetype i = 0; i < metrics.size(); ++i) {
            if (metrics.at(i).value(QStringLiteral("id")).toString() != id)
                continue;
            if (method == u"DELETE") {
                metrics.removeAt(i);
                return FakeResponse::json(204, {});
            }
            if (method == u"GET")
                return json(200, metrics.at(i));
            QJsonObject updated = metrics.at(i);
            for (auto it = body.begin(); it != body.end(); ++it)
                updated.insert(it.key(), it.value());
            metrics[i] = updated;
            return json(200, updated);
        }
        return error(404, QStringLiteral("not_found"), QStringLiteral("Not found."), QJsonValue::Null);
    }
};
