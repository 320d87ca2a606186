// Pure tests of the api value types and policies: no network, no event loop.
#include "activityentry.h"
#include "apierror.h"
#include "apijob.h"
#include "connectionsettings.h"
#include "group.h"
#include "groupsqueryresult.h"
#include "grouptype.h"
#include "posthogclient.h"
#include "ratelimiter.h"
#include "relatedactor.h"
#include "usagemetric.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject obj(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestApiValues final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorFromHttp_data();
    void errorFromHttp();
    void errorRetryAfter();
    void errorMessagesNeverEmpty();
    void errorMessageSaysDetailOnce();
    void errorTransient_data();
    void errorTransient();

    void groupRoundTrip();
    void groupDisplayName();
    void groupTypeRoundTrip_data();
    void groupTypeRoundTrip();
    void metricRoundTrip();
    void metricValidation_data();
    void metricValidation();
    void activitySummary_data();
    void activitySummary();
    void activityFoldsCreation();
    void relatedActors();
    void queryCount_data();
    void queryCount();

    void hostFromString_data();
    void hostFromString();
    void rebaseOntoOrigin_data();
    void rebaseOntoOrigin();
    void configurationProblem_data();
    void configurationProblem();

    void shouldRetry_data();
    void shouldRetry();
    void backoffGrowsAndHonoursRetryAfter();
    void rateLimiterWindow();
    void rateLimiterHour();
};

void TestApiValues::errorFromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("attr");
    QTest::addColumn<QString>("code");

    QTest::newRow("400 validation with attr")
        << 400
        << QByteArray(
               R"({"type":"validation_error","code":"null","detail":"This field may not be null.","attr":"group_key"})")
        << ApiError::Kind::Validation << u"This field may not be null."_s << u"group_key"_s << u"null"_s;
    QTest::newRow("401")
        << 401
        << QByteArray(
               R"({"type":"authentication_error","code":"authentication_failed","detail":"Personal API key found in request Authorization header is invalid.","attr":null})")
        << ApiError::Kind::Unauthenticated << u"Personal API key found in request Authorization header is invalid."_s
        << QString() << u"authentication_failed"_s;
    QTest::newRow("403 authentication_failed is bad credentials")
        << 403
        << QByteArray(
               R"({"type":"authentication_error","code":"authentication_failed","detail":"Invalid token.","attr":null})")
        << ApiError::Kind::Unauthenticated << u"Invalid token."_s << QString() << u"authentication_failed"_s;
    QTest::newRow("403 missing scope")
        << 403
        << QByteArray(
               R"({"type":"authentication_error","code":"permission_denied","detail":"API key missing required scope 'group:read'","attr":null})")
        << ApiError::Kind::MissingScope << u"API key missing required scope 'group:read'"_s << QString()
        << u"permission_denied"_s;
    QTest::newRow("403 needs session")
        << 403
        << QByteArray(
               R"({"type":"authentication_error","code":"permission_denied","detail":"This action does not support personal API key access","attr":null})")
        << ApiError::Kind::NeedsSession << u"This action does not support personal API key access"_s << QString()
        << u"permission_denied"_s;
    QTest::newRow("403 project access")
        << 403
        << QByteArray(
               R"({"type":"authentication_error","code":"permission_denied","detail":"You don't have access to the project.","attr":null})")
        << ApiError::Kind::Forbidden << u"You don't have access to the project."_s << QString()
        << u"permission_denied"_s;
    QTest::newRow("404")
        << 404
        << QByteArray(R"({"type":"invalid_request","code":"not_found","detail":"Group type not found","attr":null})")
        << ApiError::Kind::NotFound << u"Group type not found"_s << QString() << u"not_found"_s;
    QTest::newRow("405 is a missing endpoint")
        << 405
        << QByteArray(
               R"({"type":"invalid_request","code":"method_not_allowed","detail":"Method \"GET\" not allowed.","attr":null})")
        << ApiError::Kind::NotFound << u"Method \"GET\" not allowed."_s << QString() << u"method_not_allowed"_s;
    QTest::newRow("429")
        << 429
        << QByteArray(
               R"({"type":"throttled_error","code":"throttled","detail":"Request was throttled. Expected available in 37 seconds.","attr":null})")
        << ApiError::Kind::Throttled << u"Request was throttled. Expected available in 37 seconds."_s << QString()
        << u"throttled"_s;
    QTest::newRow("500")
        << 500
        << QByteArray(R"({"type":"server_error","code":"error","detail":"A server error occurred.","attr":null})")
        << ApiError::Kind::Server << u"A server error occurred."_s << QString() << u"error"_s;
    QTest::newRow("502 capture failure has swapped code and detail")
        << 502
        << QByteArray(
               R"({"code":"Failed to submit group create event.","detail":"capture_http_error","type":"capture_http_error"})")
        << ApiError::Kind::Server << u"Failed to submit group create event."_s << QString() << u"capture_http_error"_s;
    QTest::newRow("400 older update_property swapped")
        << 400
        << QByteArray(
               R"({"type":"validation_error","code":"This field is required.","detail":"required","attr":"key"})")
        << ApiError::Kind::Validation << u"This field is required."_s << u"key"_s << u"required"_s;
    QTest::newRow("400 bare detail (create_detail_dashboard)")
        << 400 << QByteArray(R"({"detail":"Dashboard already exists for this group type."})")
        << ApiError::Kind::Validation << u"Dashboard already exists for this group type."_s << QString() << QString();
    QTest::newRow("400 plain DRF field errors")
        << 400 << QByteArray(R"({"name":["This field is required."]})") << ApiError::Kind::Validation
        << u"This field is required."_s << u"name"_s << QString();
    QTest::newRow("503 html page") << 503 << QByteArray("<html><body><h1>503 Service Unavailable</h1></body></html>")
                                   << ApiError::Kind::Server << QString() << QString() << QString();
    QTest::newRow("502 empty body") << 502 << QByteArray() << ApiError::Kind::Server << QString() << QString()
                                    << QString();
}

void TestApiValues::errorFromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, detail);
    QFETCH(QString, attr);
    QFETCH(QString, code);

    const ApiError error = ApiError::fromHttp(status, body);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.detail(), detail);
    QCOMPARE(error.attr(), attr);
    QCOMPARE(error.code(), code);
    QVERIFY(!error.userMessage().isEmpty());
    QVERIFY(!error.userMessage().contains(u"<html"_s));
    if (!attr.isEmpty() && attr != u"detail"_s)
        QVERIFY2(error.userMessage().contains(attr), qPrintable(error.userMessage()));
    // Every message ends as a sentence, so advice can follow it ("... 'group:write'. Edit the key ...").
    QVERIFY2(QStringLiteral(".!?").contains(error.userMessage().back()), qPrintable(error.userMessage()));
}

void TestApiValues::errorRetryAfter()
{
    const QByteArray body(
        R"({"type":"throttled_error","code":"throttled","detail":"Request was throttled. Expected available in 37 seconds.","attr":null})");
    QCOMPARE(ApiError::fromHttp(429, body, "5").retryAfterSeconds(), 5);
    QCOMPARE(ApiError::fromHttp(429, body).retryAfterSeconds(), 37);
    QCOMPARE(ApiError::fromHttp(429, QByteArray()).retryAfterSeconds(), -1);
    QCOMPARE(ApiError::fromHttp(503, QByteArray(), "1").retryAfterSeconds(), 1);
}

void TestApiValues::errorMessagesNeverEmpty()
{
    const QList<ApiError::Kind> kinds{
        ApiError::Kind::Network,      ApiError::Kind::Timeout,         ApiError::Kind::Tls,
        ApiError::Kind::InsecureUrl,  ApiError::Kind::Unauthenticated, ApiError::Kind::MissingScope,
        ApiError::Kind::NeedsSession, ApiError::Kind::Forbidden,       ApiError::Kind::NotFound,
        ApiError::Kind::Validation,   ApiError::Kind::Throttled,       ApiError::Kind::Server,
        ApiError::Kind::BadResponse,  ApiError::Kind::Cancelled};
    QSet<QString> names;
    for (ApiError::Kind kind : kinds) {
        QVERIFY(!ApiError(kind, QString()).userMessage().isEmpty());
        names.insert(ApiError::kindName(kind));
    }
    QCOMPARE(names.size(), kinds.size());
    QVERIFY(ApiError().isOk());
    QVERIFY(ApiError().userMessage().isEmpty());
}

void TestApiValues::errorTransient_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("transient");
    // Worth asking again: the network, the server's health or its pace.
    QTest::newRow("network") << ApiError::Kind::Network << true;
    QTest::newRow("timeout") << ApiError::Kind::Timeout << true;
    QTest::newRow("server") << ApiError::Kind::Server << true;
    QTest::newRow("bad response") << ApiError::Kind::BadResponse << true;
    QTest::newRow("throttled") << ApiError::Kind::Throttled << true;
    // The same request would get the same answer, or was never sent.
    QTest::newRow("none") << ApiError::Kind::None << false;
    QTest::newRow("tls") << ApiError::Kind::Tls << false;
    QTest::newRow("insecure url") << ApiError::Kind::InsecureUrl << false;
    QTest::newRow("unauthenticated") << ApiError::Kind::Unauthenticated << false;
    QTest::newRow("missing scope") << ApiError::Kind::MissingScope << false;
    QTest::newRow("needs session") << ApiError::Kind::NeedsSession << false;
    QTest::newRow("forbidden") << ApiError::Kind::Forbidden << false;
    QTest::newRow("not found") << ApiError::Kind::NotFound << false;
    QTest::newRow("validation") << ApiError::Kind::Validation << false;
    QTest::newRow("cancelled") << ApiError::Kind::Cancelled << false;
}

void TestApiValues::errorTransient()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, transient);
    QCOMPARE(ApiError::isTransient(kind), transient);
    QCOMPARE(ApiError(kind, QString()).isTransient(), transient);
}

void TestApiValues::errorMessageSaysDetailOnce()
{
    // DRF's own 404 body repeats our sentence; the server's words are kept when they add something.
    const QByteArray plain(R"({"type":"invalid_request","code":"not_found","detail":"Not found.","attr":null})");
    QCOMPARE(ApiError::fromHttp(404, plain).userMessage(), ApiError(ApiError::Kind::NotFound, QString()).userMessage());
    const QByteArray specific(
        R"({"type":"invalid_request","code":"not_found","detail":"Group type not found","attr":null})");
    QVERIFY(ApiError::fromHttp(404, specific).userMessage().endsWith(u" Group type not found."_s));
}

void TestApiValues::groupRoundTrip()
{
    const QJsonObject server = obj(R"({"group_type_index": 0, "group_key": "org:5",
        "group_properties": {"industry": "finance", "name": "Mr. Krabs"},
        "created_at": "2021-05-01T00:00:00Z", "notebook": null, "future_field": {"x": [1, 2]}})");
    const Group group = Group::fromJson(server);
    QCOMPARE(group.typeIndex, 0);
    QCOMPARE(group.key, u"org:5"_s);
    QCOMPARE(group.createdAt, QDateTime(QDate(2021, 5, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(group.extra.value(u"future_field"_s).toObject().value(u"x"_s).toArray().size(), 2);
    QCOMPARE(group.toJson(), server);

    // PostHog may send microseconds; Qt keeps milliseconds.
    const Group micro = Group::fromJson(obj(R"({"group_key": "m", "created_at": "2024-05-01T11:00:00.123456Z"})"));
    QCOMPARE(micro.createdAt, QDateTime(QDate(2024, 5, 1), QTime(11, 0, 0, 123), Qt::UTC));
    QCOMPARE(Group::fromJson(obj(R"({"group_key": "o", "created_at": "2024-05-01T13:00:00+02:00"})")).createdAt,
             QDateTime(QDate(2024, 5, 1), QTime(11, 0), Qt::UTC));

    const QJsonObject found = obj(R"({"group_type_index": 1, "group_key": "a b+c", "group_properties": {},
        "created_at": null, "notebook": "abc123"})");
    const Group withNotebook = Group::fromJson(found);
    QCOMPARE(withNotebook.notebook, u"abc123"_s);
    QVERIFY(!withNotebook.createdAt.isValid());
    QCOMPARE(withNotebook.toJson(), found);
}

void TestApiValues::groupDisplayName()
{
    Group group;
    group.key = u"org:1"_s;
    QCOMPARE(group.displayName(), u"org:1"_s);
    group.properties.insert(u"name"_s, u"  "_s);
    QCOMPARE(group.displayName(), u"org:1"_s);
    group.properties.insert(u"name"_s, 42);
    QCOMPARE(group.displayName(), u"org:1"_s);
    group.properties.insert(u"name"_s, u"Acme"_s);
    QCOMPARE(group.displayName(), u"Acme"_s);
}

void TestApiValues::groupTypeRoundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("full") << QByteArray(
        R"({"group_type": "organization", "group_type_index": 0, "name_singular": "Organization",
        "name_plural": "Organizations", "detail_dashboard": 42, "default_columns": ["name", "$group_0"],
        "created_at": "2024-01-15T09:30:00Z", "unknown": true})");
    QTest::newRow("all null") << QByteArray(R"({"group_type": "company", "group_type_index": 1, "name_singular": null,
        "name_plural": null, "detail_dashboard": null, "default_columns": null, "created_at": null})");
    QTest::newRow("milliseconds") << QByteArray(R"({"group_type": "x", "group_type_index": 2, "name_singular": "X",
        "name_plural": null, "detail_dashboard": null, "default_columns": [], "created_at": "2024-01-15T09:30:00.123Z"})");
}

void TestApiValues::groupTypeRoundTrip()
{
    QFETCH(QByteArray, json);
    const QJsonObject server = obj(json);
    const GroupType type = GroupType::fromJson(server);
    QCOMPARE(type.toJson(), server);
    QVERIFY(!type.displaySingular().isEmpty());
    QVERIFY(!type.displayPlural().isEmpty());
    QCOMPARE(type.hasDefaultColumns, server.value(u"default_columns"_s).isArray());
}

void TestApiValues::metricRoundTrip()
{
    const QJsonObject server =
        obj(R"({"id": "497f6eca-6276-4993-bfeb-53cbbbba6f08", "name": "Weekly events", "format": "numeric",
        "interval": 7, "display": "number", "filters": {"events": [{"id": "$pageview", "type": "events"}], "filter_test_accounts": true},
        "math": "count", "math_property": null, "new_server_field": "kept"})");
    const UsageMetric metric = UsageMetric::fromJson(server);
    QCOMPARE(metric.name, u"Weekly events"_s);
    QCOMPARE(metric.source(), u"events"_s);
    QVERIFY(metric.validate().isEmpty());
    QCOMPARE(metric.toServerJson(), server);
    const QJsonObject body = metric.toJson();
    QVERIFY(!body.contains(u"id"_s));
    QVERIFY(!body.contains(u"new_server_field"_s));
    QVERIFY(body.value(u"math_property"_s).isNull());
}

void TestApiValues::metricValidation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fields");       // Rules::Server: what PostHog itself refuses
    QTest::addColumn<QStringList>("editorFields"); // Rules::Editor: also what an editor should not let through

    const QByteArray events = R"("filters": {"events": [{"id": "$pageview"}]})";
    QTest::newRow("valid count") << QByteArray(R"({"name": "A", )" + events + "}") << QStringList() << QStringList();
    QTest::newRow("valid sum") << QByteArray(R"({"name": "A", "math": "sum", "math_property": "amount", )" + events
                                             + "}")
                               << QStringList() << QStringList();
    QTest::newRow("missing name") << QByteArray("{" + events + "}") << QStringList{u"name"_s} << QStringList{u"name"_s};
    QTest::newRow("long name") << QByteArray(R"({"name": ")" + QByteArray(256, 'x') + "\", " + events + "}")
                               << QStringList{u"name"_s} << QStringList{u"name"_s};
    QTest::newRow("name 255 ok") << QByteArray(R"({"name": ")" + QByteArray(255, 'x') + "\", " + events + "}")
                                 << QStringList() << QStringList();
    QTest::newRow("bad format") << QByteArray(R"({"name": "A", "format": "percent", )" + events + "}")
                                << QStringList{u"format"_s} << QStringList{u"format"_s};
    QTest::newRow("bad display") << QByteArray(R"({"name": "A", "display": "chart", )" + events + "}")
                                 << QStringList{u"display"_s} << QStringList{u"display"_s};
    QTest::newRow("bad math") << QByteArray(R"({"name": "A", "math": "avg", )" + events + "}") << QStringList{u"math"_s}
                              << QStringList{u"math"_s};
    QTest::newRow("zero interval (server takes it)")
        << QByteArray(R"({"name": "A", "interval": 0, )" + events + "}") << QStringList() << QStringList{u"interval"_s};
    QTest::newRow("sum without property") << QByteArray(R"({"name": "A", "math": "sum", )" + events + "}")
                                          << QStringList{u"math_property"_s} << QStringList{u"math_property"_s};
    QTest::newRow("count with property") << QByteArray(R"({"name": "A", "math_property": "amount", )" + events + "}")
                                         << QStringList{u"math_property"_s} << QStringList{u"math_property"_s};
    QTest::newRow("empty filters (server takes any object)")
        << QByteArray(R"({"name": "A"})") << QStringList() << QStringList{u"filters"_s};
    QTest::newRow("unknown source") << QByteArray(R"({"name": "A", "filters": {"source": "s3"}})")
                                    << QStringList{u"filters"_s} << QStringList{u"filters"_s};
    QTest::newRow("data warehouse ok") << QByteArray(
        R"({"name": "A", "filters": {"source": "data_warehouse", "table_name": "t", "timestamp_field": "ts", "key_field": "k"}})")
                                       << QStringList() << QStringList();
    QTest::newRow("data warehouse missing fields")
        << QByteArray(R"({"name": "A", "filters": {"source": "data_warehouse", "table_name": "t"}})")
        << QStringList{u"filters"_s, u"filters"_s} << QStringList{u"filters"_s, u"filters"_s};
    QTest::newRow("several problems") << QByteArray(R"({"name": "", "format": "x", "filters": {}})")
                                      << QStringList{u"name"_s, u"format"_s}
                                      << QStringList{u"name"_s, u"format"_s, u"filters"_s};
    // DRF trims, then counts code points: 255 emoji (510 UTF-16 units) and padded names fit.
    QTest::newRow("255 emoji fit") << QByteArray(
        R"({"name": ")" + QString(255, QChar(u'x')).replace(u"x"_s, u"\U0001F600"_s).toUtf8() + "\", " + events + "}")
                                   << QStringList() << QStringList();
    QTest::newRow("padding is trimmed") << QByteArray(R"({"name": "  )" + QByteArray(255, 'x') + "  \", " + events
                                                      + "}")
                                        << QStringList() << QStringList();
    QTest::newRow("256 emoji too long") << QByteArray(
        R"({"name": ")" + QString(256, QChar(u'x')).replace(u"x"_s, u"\U0001F600"_s).toUtf8() + "\", " + events + "}")
                                        << QStringList{u"name"_s} << QStringList{u"name"_s};
}

void TestApiValues::metricValidation()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, editorFields);
    const UsageMetric metric = UsageMetric::fromJson(obj(json));
    const auto fieldsOf = [](const QList<UsageMetric::Problem> &problems) {
        QStringList list;
        for (const auto &problem : problems) {
            if (problem.message.isEmpty())
                list.append(u"<no message>"_s);
            list.append(problem.field);
        }
        return list;
    };
    QCOMPARE(fieldsOf(metric.validate()), fields);
    QCOMPARE(fieldsOf(metric.validate(UsageMetric::Rules::Server)), fields);
    QCOMPARE(fieldsOf(metric.validate(UsageMetric::Rules::Editor)), editorFields);
}

void TestApiValues::activitySummary_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("system");
    QTest::newRow("update") << QByteArray(R"({"id": "1", "user": {"first_name": "Ana", "email": "ana@example.com"},
        "activity": "update_property", "scope": "Group", "item_id": "4711",
        "detail": {"name": "industry", "changes": [{"type": "Group", "action": "changed", "field": null,
                   "before": "finance", "after": "technology"}]}, "created_at": "2024-05-02T10:00:00Z"})")
                            << u"changed industry from finance to technology"_s << u"Ana"_s << false;
    QTest::newRow("system create") << QByteArray(
        R"({"id": "2", "user": {"first_name": "System", "email": null, "is_system": true},
        "activity": "create_group", "detail": {"name": "org:1"}, "created_at": "2024-05-02T10:00:00Z"})")
                                   << u"created the group"_s << u"System"_s << true;
    QTest::newRow("delete") << QByteArray(R"({"id": "3", "user": null, "activity": "delete_property",
        "detail": {"name": "plan", "changes": [{"action": "deleted", "field": "plan", "before": "pro", "after": null}]}})")
                            << u"removed plan (was pro)"_s << u"System"_s << true;
    // What PostHog really logs for a deletion: update_property, action "deleted", no after.
    QTest::newRow("deletion as update_property")
        << QByteArray(R"({"id": "4", "user": {"first_name": "Ana", "email": "ana@example.com"},
        "activity": "update_property", "detail": {"name": "plan", "changes": [{"type": "Group",
        "action": "deleted", "field": null, "before": "pro", "after": null}]}})")
        << u"removed plan (was pro)"_s << u"Ana"_s << false;
    QTest::newRow("one property of a creation")
        << QByteArray(R"({"id": "5", "user": {"first_name": "Ana", "email": "ana@example.com"},
        "activity": "create_group", "detail": {"name": "plan", "changes": [{"type": "Group",
        "action": "created", "field": null, "before": null, "after": "pro"}]}})")
        << u"created the group with 1 property(s)"_s << u"Ana"_s << false;
}

void TestApiValues::activityFoldsCreation()
{
    // PostHog logs a group created with three properties as three create_group rows.
    const auto row = [](const char *name, const char *at, const char *email) {
        return ActivityEntry::fromJson(
            QJsonDocument::fromJson(
                QByteArray(R"({"activity": "create_group", "item_id": "7", "user": {"first_name": "Ana", "email": ")")
                + email + R"("}, "created_at": ")" + at + R"(", "detail": {"name": ")" + name
                + R"(", "changes": [{"action": "created", "before": null, "after": 1}]}})")
                .object());
    };
    QList<ActivityEntry> entries{row("a", "2024-05-02T10:00:00.100Z", "ana@example.com"),
                                 row("b", "2024-05-02T10:00:00.120Z", "ana@example.com"),
                                 row("c", "2024-05-02T10:00:00.130Z", "ana@example.com"),
                                 // created again a day later (after a delete): its own line
                                 row("a", "2024-05-01T10:00:00Z", "ana@example.com"),
                                 row("b", "2024-05-01T10:00:00Z", "bo@example.com")};
    ActivityEntry::foldCreations(entries);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).summary(), u"created the group with 3 property(s)"_s);
    QCOMPARE(entries.at(1).summary(), u"created the group with 1 property(s)"_s);
    QCOMPARE(entries.at(2).createdProperties, 1);
}

void TestApiValues::activitySummary()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, summary);
    QFETCH(QString, user);
    QFETCH(bool, system);
    const ActivityEntry entry = ActivityEntry::fromJson(obj(json));
    QCOMPARE(entry.summary(), summary);
    QCOMPARE(entry.userName, user);
    QCOMPARE(entry.systemUser, system);
}

void TestApiValues::relatedActors()
{
    const QJsonArray array = QJsonDocument::fromJson(R"([
        {"type": "person", "id": "01795392", "uuid": "01795392", "created_at": "2021-05-10T00:00:00Z",
         "distinct_ids": ["1","2"], "name": "1", "properties": {}},
        {"type": "group", "id": "1::2", "group_key": "1::2", "group_type_index": 1, "created_at": "2021-05-10T00:00:00Z",
         "properties": {"name": "Beta"}}])")
                                 .array();
    const RelatedActor person = RelatedActor::fromJson(array.at(0).toObject());
    QCOMPARE(person.kind, RelatedActor::Kind::Person);
    QCOMPARE(person.id, u"01795392"_s);
    QCOMPARE(person.distinctIds, (QStringList{u"1"_s, u"2"_s}));
    const RelatedActor group = RelatedActor::fromJson(array.at(1).toObject());
    QCOMPARE(group.kind, RelatedActor::Kind::Group);
    QCOMPARE(group.id, u"1::2"_s);
    QCOMPARE(group.groupTypeIndex, 1);
    QCOMPARE(group.name, u"Beta"_s);
}

void TestApiValues::queryCount_data()
{
    QTest::addColumn<QByteArray>("results");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("count") << QByteArray("[[250]]") << qint64(250);
    QTest::newRow("no rows") << QByteArray("[]") << qint64(0);
    QTest::newRow("empty row") << QByteArray("[[]]") << qint64(0);
    QTest::newRow("largest exact") << QByteArray("[[9007199254740992]]") << qint64(9007199254740992);
    // Not a count: before the range check, 1e300 was cast to qint64 (undefined behaviour,
    // UBSan's float-cast-overflow; fuzz/regressions/groupsqueryresult replays it).
    QTest::newRow("beyond qint64") << QByteArray("[[1e300]]") << qint64(0);
    QTest::newRow("beyond 2^53") << QByteArray("[[1e17]]") << qint64(0);
    QTest::newRow("negative") << QByteArray("[[-5]]") << qint64(0);
    QTest::newRow("fraction") << QByteArray("[[2.5]]") << qint64(0);
    QTest::newRow("text") << QByteArray(R"([["12"]])") << qint64(0);
}

void TestApiValues::queryCount()
{
    QFETCH(QByteArray, results);
    QFETCH(qint64, expected);
    GroupsQueryResult result;
    const QByteArray body = R"json({"columns":["count()"],"types":["UInt64"],"results":)json" + results + '}';
    QCOMPARE(GroupsQueryResult::parse(obj(body), result), QString());
    QCOMPARE(result.count(), expected);
}

void TestApiValues::hostFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("us") << u"us"_s << QUrl(u"https://us.posthog.com"_s);
    QTest::newRow("EU") << u"EU"_s << QUrl(u"https://eu.posthog.com"_s);
    QTest::newRow("self-hosted") << u"https://ph.example.org"_s << QUrl(u"https://ph.example.org"_s);
    QTest::newRow("prefix and slash") << u"https://example.org/posthog/"_s << QUrl(u"https://example.org/posthog"_s);
    QTest::newRow("trailing api") << u"https://example.org/api/"_s << QUrl(u"https://example.org"_s);
    QTest::newRow("loopback http") << u"http://127.0.0.1:8000"_s << QUrl(u"http://127.0.0.1:8000"_s);
    QTest::newRow("garbage") << u"not a url"_s << QUrl();
    QTest::newRow("ftp") << u"ftp://example.org"_s << QUrl();
    QTest::newRow("empty") << QString() << QUrl();
}

void TestApiValues::hostFromString()
{
    QFETCH(QString, text);
    QFETCH(QUrl, expected);
    QCOMPARE(ConnectionSettings::hostFromString(text), expected);
}

void TestApiValues::rebaseOntoOrigin_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QUrl>("next");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("same origin")
        << QUrl(u"https://us.posthog.com"_s)
        << QUrl(u"https://us.posthog.com/api/projects/1/groups/?group_type_index=0&cursor=abc%3D%3D&search=a%2Bb"_s)
        << QUrl(u"https://us.posthog.com/api/projects/1/groups/?group_type_index=0&cursor=abc%3D%3D&search=a%2Bb"_s);
    QTest::newRow("proxy: wrong scheme and host")
        << QUrl(u"https://ph.example.org"_s)
        << QUrl(u"http://10.0.0.5:8000/api/projects/1/groups/?group_type_index=0&cursor=x"_s)
        << QUrl(u"https://ph.example.org/api/projects/1/groups/?group_type_index=0&cursor=x"_s);
    QTest::newRow("path prefix")
        << QUrl(u"https://example.org/posthog"_s)
        << QUrl(u"http://internal/api/projects/1/groups_types/0/metrics/?limit=100&offset=100"_s)
        << QUrl(u"https://example.org/posthog/api/projects/1/groups_types/0/metrics/?limit=100&offset=100"_s);
    QTest::newRow("prefix already in next") << QUrl(u"https://example.org/posthog"_s)
                                            << QUrl(u"https://example.org/posthog/api/projects/1/groups/?cursor=y"_s)
                                            << QUrl(u"https://example.org/posthog/api/projects/1/groups/?cursor=y"_s);
    QTest::newRow("foreign host never kept")
        << QUrl(u"http://127.0.0.1:5000"_s) << QUrl(u"https://evil.example.com/api/projects/1/groups/?cursor=z"_s)
        << QUrl(u"http://127.0.0.1:5000/api/projects/1/groups/?cursor=z"_s);
    QTest::newRow("not an api link") << QUrl(u"https://us.posthog.com"_s) << QUrl(u"https://evil.example.com/steal"_s)
                                     << QUrl();
}

void TestApiValues::rebaseOntoOrigin()
{
    QFETCH(QUrl, base);
    QFETCH(QUrl, next);
    QFETCH(QUrl, expected);
    ConnectionSettings settings;
    settings.baseUrl = base;
    settings.apiKey = u"phx_test"_s;
    PostHogClient client(settings);
    const QUrl actual = client.rebaseOntoOrigin(next);
    QCOMPARE(actual.toString(QUrl::FullyEncoded), expected.toString(QUrl::FullyEncoded));
}

void TestApiValues::configurationProblem_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<bool>("allowHttp");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << QUrl(u"https://us.posthog.com"_s) << false << u"phx_1"_s << true;
    QTest::newRow("http loopback") << QUrl(u"http://127.0.0.1:8000"_s) << false << u"phx_1"_s << true;
    QTest::newRow("http localhost") << QUrl(u"http://localhost:8000"_s) << false << u"phx_1"_s << true;
    QTest::newRow("http ::1") << QUrl(u"http://[::1]:8000"_s) << false << u"phx_1"_s << true;
    QTest::newRow("http remote refused") << QUrl(u"http://ph.example.org"_s) << false << u"phx_1"_s << false;
    QTest::newRow("http remote allowed") << QUrl(u"http://ph.example.org"_s) << true << u"phx_1"_s << true;
    QTest::newRow("no url") << QUrl() << false << u"phx_1"_s << false;
    QTest::newRow("no key") << QUrl(u"https://us.posthog.com"_s) << false << QString() << false;
    QTest::newRow("unreadable CA file") << QUrl(u"https://ph.example.org"_s) << false << u"phx_1"_s << false;
}

void TestApiValues::configurationProblem()
{
    QFETCH(QUrl, base);
    QFETCH(bool, allowHttp);
    QFETCH(QString, key);
    QFETCH(bool, ok);
    ConnectionSettings settings;
    settings.baseUrl = base;
    settings.allowInsecureHttp = allowHttp;
    settings.apiKey = key;
    if (QByteArray(QTest::currentDataTag()) == "unreadable CA file")
        settings.extraCaFile = u"/nonexistent/groupdesk-ca.pem"_s;
    PostHogClient client(settings);
    QCOMPARE(client.configurationProblem().isEmpty(), ok);
    if (!key.isEmpty())
        QVERIFY(!client.configurationProblem().contains(key));
}

void TestApiValues::shouldRetry_data()
{
    QTest::addColumn<ApiJob::Method>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<bool>("reached");
    QTest::addColumn<bool>("retry");
    using M = ApiJob::Method;
    QTest::newRow("GET 429") << M::Get << 429 << 0 << true << true;
    QTest::newRow("POST 429") << M::Post << 429 << 0 << true << true;
    QTest::newRow("GET 502") << M::Get << 502 << 0 << true << true;
    QTest::newRow("GET 503") << M::Get << 503 << 0 << true << true;
    QTest::newRow("GET 504") << M::Get << 504 << 0 << true << true;
    QTest::newRow("PATCH 503") << M::Patch << 503 << 0 << true << true;
    QTest::newRow("POST 502") << M::Post << 502 << 0 << true << false;
    QTest::newRow("POST 503") << M::Post << 503 << 0 << true << false;
    // A read answered 500 is repeated like a 502; a write that met a 500 may have been applied.
    QTest::newRow("GET 500") << M::Get << 500 << 0 << true << true;
    QTest::newRow("PUT 500") << M::Put << 500 << 0 << true << false;
    QTest::newRow("PATCH 500") << M::Patch << 500 << 0 << true << false;
    QTest::newRow("POST 500") << M::Post << 500 << 0 << true << false;
    QTest::newRow("GET 400") << M::Get << 400 << 0 << true << false;
    QTest::newRow("GET 404") << M::Get << 404 << 0 << true << false;
    QTest::newRow("GET reset") << M::Get << 0 << int(QNetworkReply::RemoteHostClosedError) << true << true;
    QTest::newRow("POST reset") << M::Post << 0 << int(QNetworkReply::RemoteHostClosedError) << true << false;
    QTest::newRow("POST timeout") << M::Post << 0 << int(QNetworkReply::TimeoutError) << true << false;
    QTest::newRow("GET timeout") << M::Get << 0 << int(QNetworkReply::TimeoutError) << true << true;
    QTest::newRow("POST refused") << M::Post << 0 << int(QNetworkReply::ConnectionRefusedError) << false << true;
    QTest::newRow("GET tls") << M::Get << 0 << int(QNetworkReply::SslHandshakeFailedError) << true << false;
    QTest::newRow("GET cancelled") << M::Get << 0 << int(QNetworkReply::OperationCanceledError) << true << false;
}

void TestApiValues::shouldRetry()
{
    QFETCH(ApiJob::Method, method);
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(bool, reached);
    QFETCH(bool, retry);
    QCOMPARE(ApiJob::shouldRetry(method, status, networkError, reached), retry);
}

void TestApiValues::backoffGrowsAndHonoursRetryAfter()
{
    using namespace std::chrono_literals;
    for (int round = 0; round < 50; ++round) {
        const auto first = ApiJob::backoffDelay(1, -1);
        const auto third = ApiJob::backoffDelay(3, -1);
        QVERIFY(first >= 150ms && first <= 300ms);
        QVERIFY(third >= 600ms && third <= 1200ms);
        QVERIFY(ApiJob::backoffDelay(30, -1) <= 30s);
        const auto told = ApiJob::backoffDelay(1, 7);
        QVERIFY(told >= 7s && told < 8s);
    }
}

void TestApiValues::rateLimiterWindow()
{
    qint64 now = 0;
    RateLimiter limiter(3, [&now] { return now; });
    QCOMPARE(limiter.tryAcquire().count(), 0);
    now = 10;
    QCOMPARE(limiter.tryAcquire().count(), 0);
    now = 20;
    QCOMPARE(limiter.tryAcquire().count(), 0);
    QCOMPARE(limiter.usedInWindow(), 3);
    now = 30;
    // The fourth start must wait until the first falls out of the 60 s window.
    QCOMPARE(limiter.tryAcquire().count(), 60000 - 30);
    now = 60000;
    QCOMPARE(limiter.tryAcquire().count(), 0);
    limiter.pauseFor(std::chrono::milliseconds(5000));
    now = 61000;
    QCOMPARE(limiter.tryAcquire().count(), 4000);
    now = 65000;
    QCOMPARE(limiter.waitTime().count(), 0);
    QCOMPARE(RateLimiter().requestsPerMinute(), 420);
}

void TestApiValues::rateLimiterHour()
{
    // PostHog's sustained throttle: 4800/hour per key. Minutes pass, the hour stays full.
    qint64 now = 0;
    RateLimiter limiter(1000, [&now] { return now; });
    QCOMPARE(limiter.requestsPerHour(), 4500);
    limiter.setRequestsPerHour(3);
    for (const qint64 t : {0LL, 61000LL, 122000LL}) {
        now = t;
        QCOMPARE(limiter.tryAcquire().count(), 0);
    }
    QCOMPARE(limiter.usedInWindow(), 1); // only the last start is in this minute
    QCOMPARE(limiter.usedInHour(), 3);
    now = 183000;
    QCOMPARE(limiter.tryAcquire().count(), 3600000 - 183000);
    now = 3600000;
    QCOMPARE(limiter.tryAcquire().count(), 0); // the first start fell out of the hour
    QCOMPARE(limiter.usedInHour(), 3);
    QCOMPARE(limiter.tryAcquire().count(), 61000); // the next falls out at 3,661,000

    limiter.setRequestsPerHour(0); // off: only the minute counts
    QCOMPARE(limiter.tryAcquire().count(), 0);
}

QTEST_GUILESS_MAIN(TestApiValues)
#include "tst_apivalues.moc"
