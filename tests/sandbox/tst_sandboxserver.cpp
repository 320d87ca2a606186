// SandboxServer resources over real loopback HTTP (QNetworkAccessManager, no PostHogClient):
// every endpoint, validation errors, pagination walks and both server versions, against the
// contract in docs/posthog-api-contract.md. Auth, routing, throttling and faults: tst_sandboxprotocol.
#include "sandboxhttp.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"
#include "sandboxstore.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
using Version = SandboxOptions::ServerVersion;

QString enc(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray body(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

const QString P = u"/api/projects/1/"_s;
} // namespace

Q_DECLARE_METATYPE(SandboxOptions::ServerVersion)

class TestSandboxServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void projectResolution_data();
    void projectResolution();
    void groupTypesList_data();
    void groupTypesList();
    void pagingWalk_data();
    void pagingWalk();
    void invalidCursorRestarts_data();
    void invalidCursorRestarts();
    void searchSemantics();
    void listValidation_data();
    void listValidation();
    void createGroup_data();
    void createGroup();
    void groupQueryParams_data();
    void groupQueryParams();
    void propertyWritesAndActivity_data();
    void propertyWritesAndActivity();
    void propertyWriteValidation_data();
    void propertyWriteValidation();
    void related_data();
    void related();
    void propertyValues_data();
    void propertyValues();
    void propertyDefinitions_data();
    void propertyDefinitions();
    void metadataActions_data();
    void metadataActions();
    void deleteGroupType();
    void metricsCrud_data();
    void metricsCrud();
    void metricValidation_data();
    void metricValidation();
    void seedIsDeterministicAndBigSeedsWork();

private:
    SandboxServer *start(const SandboxOptions &options = {});
    SandboxServer *start(Version version, bool pakDeny = false);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

SandboxServer *TestSandboxServer::start(const SandboxOptions &options)
{
    m_server = std::make_unique<SandboxServer>(options);
    if (m_server->listen() == 0)
        return nullptr;
    m_http = std::make_unique<SandboxHttp>(m_server->baseUrl());
    return m_server.get();
}

SandboxServer *TestSandboxServer::start(Version version, bool pakDeny)
{
    SandboxOptions options;
    options.serverVersion = version;
    options.metadataPakDeny = pakDeny;
    return start(options);
}

void TestSandboxServer::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxServer::projectResolution_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("@current") << u"@current"_s << 200 << QString();
    QTest::newRow("number") << u"1"_s << 200 << QString();
    QTest::newRow("not a number") << u"abc"_s << 404 << u"Project not found."_s;
    QTest::newRow("other project") << u"2"_s << 403 << u"You don't have access to the project."_s;
}

void TestSandboxServer::projectResolution()
{
    QFETCH(QString, project);
    QFETCH(int, status);
    QFETCH(QString, detail);
    QVERIFY(start());
    const auto r = m_http->get(u"/api/projects/"_s + project + u'/');
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(r.object().value(u"id"_s).toInt(), m_server->projectId());
        QCOMPARE(r.object().value(u"name"_s).toString(), m_server->projectName());
    } else {
        QCOMPARE(r.object().value(u"detail"_s).toString(), detail);
    }
}

void TestSandboxServer::groupTypesList_data()
{
    QTest::addColumn<int>("typeCount");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("5") << 5;
}

void TestSandboxServer::groupTypesList()
{
    QFETCH(int, typeCount);
    SandboxOptions options;
    options.groupTypeCount = typeCount;
    QVERIFY(start(options));
    const auto r = m_http->get(P + u"groups_types/"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().isArray()); // bare array, not paginated
    const QJsonArray types = r.json().array();
    QCOMPARE(types.size(), typeCount);
    for (int i = 0; i < typeCount; ++i) {
        const QJsonObject type = types.at(i).toObject();
        QCOMPARE(type.value(u"group_type_index"_s).toInt(), i);
        QVERIFY(!type.value(u"group_type"_s).toString().isEmpty());
        for (const QString &field :
             {u"name_singular"_s, u"name_plural"_s, u"detail_dashboard"_s, u"default_columns"_s, u"created_at"_s})
            QVERIFY2(type.contains(field), qPrintable(field));
    }
    QCOMPARE(types.at(0).toObject().value(u"name_singular"_s).toString(), u"Organization"_s);
    if (typeCount > 1)
        QVERIFY(types.at(1).toObject().value(u"name_singular"_s).isNull());
}

void TestSandboxServer::pagingWalk_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<int>("typeIndex");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("groupKey");
    for (const auto &[name, version] : {std::pair{"newest", Version::Newest}, std::pair{"older", Version::Older}}) {
        QTest::addRow("%s, all", name) << version << 0 << QString() << QString();
        QTest::addRow("%s, type 1", name) << version << 1 << QString() << QString();
        QTest::addRow("%s, search", name) << version << 0 << u"FINANCE"_s << QString();
        QTest::addRow("%s, group_key", name) << version << 0 << QString() << u"ACME+partners"_s;
        QTest::addRow("%s, both", name) << version << 0 << u"pro"_s << u"org:"_s;
        QTest::addRow("%s, unknown type", name) << version << 4 << QString() << QString();
    }
}

void TestSandboxServer::pagingWalk()
{
    QFETCH(Version, version);
    QFETCH(int, typeIndex);
    QFETCH(QString, search);
    QFETCH(QString, groupKey);
    SandboxOptions options;
    options.serverVersion = version;
    options.groupsPerType = 450;
    QVERIFY(start(options));

    QString url = P + u"groups/?group_type_index="_s + QString::number(typeIndex);
    if (!search.isEmpty())
        url += u"&search="_s + enc(search);
    if (!groupKey.isEmpty())
        url += u"&group_key="_s + enc(groupKey);
    const SandboxStore::Page all = m_server->store()->listGroups(typeIndex, search, groupKey, std::nullopt, 1000000);

    QSet<QString> keys;
    QList<std::pair<QString, QString>> order;
    int pages = 0;
    while (!url.isEmpty()) {
        const auto r = m_http->get(url);
        QCOMPARE(r.status, 200);
        const QJsonObject page = r.object();
        QVERIFY(page.contains(u"previous"_s));
        if (version == Version::Newest)
            QVERIFY(page.value(u"previous"_s).isNull());
        const QJsonArray results = page.value(u"results"_s).toArray();
        QVERIFY(results.size() <= 100);
        for (const auto &value : results) {
            const QJsonObject group = value.toObject();
            QCOMPARE(group.value(u"group_type_index"_s).toInt(), typeIndex);
            QVERIFY(!keys.contains(group.value(u"group_key"_s).toString()));
            keys.insert(group.value(u"group_key"_s).toString());
            order.append({group.value(u"created_at"_s).toString(), group.value(u"group_key"_s).toString()});
        }
        url = page.value(u"next"_s).toString();
        if (!url.isEmpty()) {
            QCOMPARE(results.size(), 100);
            QVERIFY2(url.startsWith(m_server->baseUrl().toString() + P + u"groups/?group_type_index="_s),
                     qPrintable(url));
            QVERIFY(url.contains(u"&cursor="_s));
            // PostHog's parameter order: group_type_index, cursor, then search and group_key if sent.
            QStringList names;
            const auto items = QUrlQuery(QUrl(url)).queryItems();
            for (const auto &item : items)
                names.append(item.first);
            QStringList expected{u"group_type_index"_s, u"cursor"_s};
            if (!search.isEmpty())
                expected.append(u"search"_s);
            if (!groupKey.isEmpty())
                expected.append(u"group_key"_s);
            QCOMPARE(names, expected);
        }
        QVERIFY(++pages < 100);
    }
    // No gaps: exactly the matching groups, newest first with group_key as tie-breaker.
    QCOMPARE(keys.size(), all.results.size());
    for (qsizetype i = 1; i < order.size(); ++i)
        QVERIFY(order.at(i - 1) > order.at(i));
    if (search.isEmpty() && groupKey.isEmpty())
        QCOMPARE(keys.size(), m_server->store()->groupCount(typeIndex));
    else
        QVERIFY(!keys.isEmpty());
}

void TestSandboxServer::invalidCursorRestarts_data()
{
    QTest::addColumn<QString>("cursor");
    QTest::newRow("garbage") << u"!!not-base64!!"_s;
    QTest::newRow("old format") << QString::fromLatin1(
        QByteArray(R"({"c": 1714560000000000, "i": 5})").toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("not json") << QString::fromLatin1(QByteArray("hello").toBase64(QByteArray::Base64UrlEncoding));
}

void TestSandboxServer::invalidCursorRestarts()
{
    QFETCH(QString, cursor);
    QVERIFY(start());
    const auto first = m_http->get(P + u"groups/?group_type_index=0"_s);
    const auto bad = m_http->get(P + u"groups/?group_type_index=0&cursor="_s + enc(cursor));
    QCOMPARE(bad.status, 200);
    QCOMPARE(bad.object().value(u"results"_s), first.object().value(u"results"_s));
}

void TestSandboxServer::searchSemantics()
{
    QVERIFY(start());
    // Exact key match ignoring case finds exactly that group...
    const auto exact = m_http->get(P + u"groups/?group_type_index=0&search="_s + enc(u"ORG:ACME+PARTNERS/3"_s));
    QCOMPARE(exact.status, 200);
    QCOMPARE(exact.object().value(u"results"_s).toArray().size(), 1);
    QCOMPARE(exact.object().value(u"results"_s).toArray().at(0).toObject().value(u"group_key"_s).toString(),
             u"org:acme+partners/3"_s);
    // ...a key substring is not a search hit (only group_key= does substrings)...
    const auto partial = m_http->get(P + u"groups/?group_type_index=0&search=acme%2Bpartners"_s);
    QCOMPARE(partial.object().value(u"results"_s).toArray().size(), 0);
    // ...while a property name matches the raw JSON text of every group.
    const auto name = m_http->get(P + u"groups/?group_type_index=0&search=industry"_s);
    QCOMPARE(name.object().value(u"results"_s).toArray().size(), 100);
    // Unicode (right-to-left) values are searchable.
    const auto rtl = m_http->get(P + u"groups/?group_type_index=0&search="_s + enc(u"חברת"_s));
    QVERIFY(!rtl.object().value(u"results"_s).toArray().isEmpty());
}

void TestSandboxServer::listValidation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("detail");
    QTest::newRow("missing")
        << QString()
        << u"You must pass ?group_type_index= in this URL. To get a list of valid group types, call /api/:project_id/groups_types/."_s;
    QTest::newRow("empty")
        << u"group_type_index="_s
        << u"You must pass ?group_type_index= in this URL. To get a list of valid group types, call /api/:project_id/groups_types/."_s;
    QTest::newRow("not a number") << u"group_type_index=abc"_s << u"A valid integer is required."_s;
}

void TestSandboxServer::listValidation()
{
    QFETCH(QString, query);
    QFETCH(QString, detail);
    QVERIFY(start());
    const auto r = m_http->get(P + u"groups/?"_s + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(u"type"_s).toString(), u"validation_error"_s);
    QCOMPARE(r.object().value(u"attr"_s).toString(), u"group_type_index"_s);
    QCOMPARE(r.object().value(u"detail"_s).toString(), detail);
}

void TestSandboxServer::createGroup_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("attr");
    QTest::addColumn<QString>("code");
    QTest::newRow("ok") << body(QJsonObject{{u"group_type_index"_s, 0},
                                            {u"group_key"_s, u"new:a+b/c d"_s},
                                            {u"group_properties"_s, QJsonObject{{u"name"_s, u"New"_s}}}})
                        << 201 << QString() << QString();
    QTest::newRow("no properties") << body(QJsonObject{{u"group_type_index"_s, 1}, {u"group_key"_s, u"new-2"_s}}) << 201
                                   << QString() << QString();
    QTest::newRow("missing key") << body(QJsonObject{{u"group_type_index"_s, 0}}) << 400 << u"group_key"_s
                                 << u"required"_s;
    QTest::newRow("null key") << body(QJsonObject{{u"group_type_index"_s, 0}, {u"group_key"_s, QJsonValue()}}) << 400
                              << u"group_key"_s << u"null"_s;
    QTest::newRow("null index") << body(QJsonObject{{u"group_type_index"_s, QJsonValue()}, {u"group_key"_s, u"x"_s}})
                                << 400 << u"group_type_index"_s << u"null"_s;
    QTest::newRow("long key") << body(QJsonObject{{u"group_type_index"_s, 0}, {u"group_key"_s, QString(401, u'k')}})
                              << 400 << u"group_key"_s << u"max_length"_s;
    QTest::newRow("duplicate") << body(QJsonObject{{u"group_type_index"_s, 0}, {u"group_key"_s, u"org:00000"_s}}) << 400
                               << u"detail"_s << u"invalid_input"_s;
    QTest::newRow("unknown type") << body(QJsonObject{{u"group_type_index"_s, 4}, {u"group_key"_s, u"x"_s}}) << 404
                                  << QString() << u"not_found"_s;
}

void TestSandboxServer::createGroup()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, status);
    QFETCH(QString, attr);
    QFETCH(QString, code);
    QVERIFY(start());
    const auto r = m_http->send("POST", P + u"groups/"_s, payload);
    QCOMPARE(r.status, status);
    const QJsonObject sent = QJsonDocument::fromJson(payload).object();
    if (status == 201) {
        QCOMPARE(r.object().value(u"group_key"_s), sent.value(u"group_key"_s));
        QCOMPARE(r.object().value(u"group_properties"_s).toObject(), sent.value(u"group_properties"_s).toObject());
        // The new group is the newest: first on page 1, and findable.
        const int type = sent.value(u"group_type_index"_s).toInt();
        const auto list = m_http->get(P + u"groups/?group_type_index="_s + QString::number(type));
        QCOMPARE(list.object().value(u"results"_s).toArray().at(0).toObject().value(u"group_key"_s),
                 sent.value(u"group_key"_s));
        const auto found = m_http->get(P + u"groups/find/?group_type_index="_s + QString::number(type)
                                       + u"&group_key="_s + enc(sent.value(u"group_key"_s).toString()));
        QCOMPARE(found.status, 200);
        QVERIFY(found.object().contains(u"notebook"_s));
    } else {
        QCOMPARE(r.object().value(u"code"_s).toString(), code);
        if (!attr.isEmpty())
            QCOMPARE(r.object().value(u"attr"_s).toString(), attr);
    }
}

void TestSandboxServer::groupQueryParams_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("attr");
    for (const QString &action : {u"find"_s, u"activity"_s}) {
        const QByteArray a = action.toLatin1();
        QTest::addRow("%s ok", a.constData())
            << action << u"group_type_index=0&group_key=org:00000"_s << 200 << QString();
        QTest::addRow("%s no index", a.constData())
            << action << u"group_key=org:00000"_s << 400 << u"group_type_index"_s;
        QTest::addRow("%s no key", a.constData()) << action << u"group_type_index=0"_s << 400 << u"group_key"_s;
        QTest::addRow("%s unknown key", a.constData())
            << action << u"group_type_index=0&group_key=nope"_s << 404 << QString();
        QTest::addRow("%s case differs", a.constData())
            << action << u"group_type_index=0&group_key=ORG:00000"_s << 404 << QString();
        QTest::addRow("%s bad index", a.constData())
            << action << u"group_type_index=x&group_key=org:00000"_s << 500 << QString();
    }
    QTest::newRow("activity bad page") << u"activity"_s << u"group_type_index=0&group_key=org:00000&page=x"_s << 500
                                       << QString();
}

void TestSandboxServer::groupQueryParams()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, attr);
    QVERIFY(start());
    const auto r = m_http->get(P + u"groups/"_s + path + u"/?"_s + query);
    QCOMPARE(r.status, status);
    if (!attr.isEmpty()) {
        QCOMPARE(r.object().value(u"attr"_s).toString(), attr);
        QCOMPARE(r.object().value(u"detail"_s).toString(), u"This query parameter is required."_s);
    }
    if (status == 500)
        QCOMPARE(r.object().value(u"type"_s).toString(), u"server_error"_s);
}

void TestSandboxServer::propertyWritesAndActivity_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("string") << QJsonValue(u"technology"_s);
    QTest::newRow("number") << QJsonValue(42.5);
    QTest::newRow("bool") << QJsonValue(false);
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"a"_s, QJsonArray{1, 2}}});
    QTest::newRow("rtl") << QJsonValue(u"שלום"_s);
}

void TestSandboxServer::propertyWritesAndActivity()
{
    QFETCH(QJsonValue, value);
    QVERIFY(start());
    const QString group = u"?group_type_index=0&group_key="_s + enc(u"org:acme+partners/3"_s);
    const auto before = m_http->get(P + u"groups/activity/"_s + group);
    QCOMPARE(before.status, 200);
    const int count = before.object().value(u"total_count"_s).toInt();

    const auto created = m_http->send("POST", P + u"groups/update_property/"_s + group,
                                      body(QJsonObject{{u"key"_s, u"new prop:x"_s}, {u"value"_s, value}}));
    QCOMPARE(created.status, 200);
    QCOMPARE(created.object().value(u"group_properties"_s).toObject().value(u"new prop:x"_s), value);
    const auto updated = m_http->send("POST", P + u"groups/update_property/"_s + group,
                                      body(QJsonObject{{u"key"_s, u"new prop:x"_s}, {u"value"_s, u"v2"_s}}));
    QCOMPARE(updated.status, 200);
    const auto removed = m_http->send("POST", P + u"groups/delete_property/"_s + group,
                                      body(QJsonObject{{u"$unset"_s, u"new prop:x"_s}}));
    QCOMPARE(removed.status, 200);
    QVERIFY(!removed.object().value(u"group_properties"_s).toObject().contains(u"new prop:x"_s));
    // The write is visible to find.
    const auto found = m_http->get(P + u"groups/find/"_s + group);
    QVERIFY(!found.object().value(u"group_properties"_s).toObject().contains(u"new prop:x"_s));

    const auto after = m_http->get(P + u"groups/activity/"_s + group + u"&limit=2"_s);
    const QJsonObject page = after.object();
    QCOMPARE(page.value(u"total_count"_s).toInt(), count + 3);
    const QJsonArray results = page.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 2);
    // PostHog records a deletion as update_property whose change has action "deleted".
    QCOMPARE(results.at(0).toObject().value(u"activity"_s).toString(), u"update_property"_s);
    QCOMPARE(results.at(1).toObject().value(u"activity"_s).toString(), u"update_property"_s);
    QCOMPARE(results.at(1)
                 .toObject()
                 .value(u"detail"_s)
                 .toObject()
                 .value(u"changes"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"before"_s),
             value);
    QVERIFY(page.value(u"next"_s).toString().contains(u"page=2"_s));
    QVERIFY(page.value(u"previous"_s).isNull());
    const auto second = m_http->get(page.value(u"next"_s).toString());
    QCOMPARE(second.object().value(u"results"_s).toArray().at(0).toObject().value(u"activity"_s).toString(),
             u"create_property"_s);
}

void TestSandboxServer::propertyWriteValidation_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("attr");
    QTest::addColumn<QString>("code");
    QTest::newRow("no key") << Version::Newest << u"update_property"_s << body(QJsonObject{{u"value"_s, 1}}) << u"key"_s
                            << u"required"_s;
    QTest::newRow("empty key") << Version::Newest << u"update_property"_s
                               << body(QJsonObject{{u"key"_s, u""_s}, {u"value"_s, 1}}) << u"key"_s << u"required"_s;
    QTest::newRow("null value") << Version::Newest << u"update_property"_s
                                << body(QJsonObject{{u"key"_s, u"a"_s}, {u"value"_s, QJsonValue()}}) << u"value"_s
                                << u"required"_s;
    QTest::newRow("older swaps code") << Version::Older << u"update_property"_s << body(QJsonObject{{u"value"_s, 1}})
                                      << u"key"_s << u"This field is required."_s;
    QTest::newRow("unset list") << Version::Newest << u"delete_property"_s
                                << body(QJsonObject{{u"$unset"_s, QJsonArray{u"plan"_s}}}) << u"$unset"_s
                                << u"invalid_input"_s;
    QTest::newRow("unset missing") << Version::Newest << u"delete_property"_s << body(QJsonObject{}) << u"$unset"_s
                                   << u"invalid_input"_s;
    QTest::newRow("unset unknown") << Version::Newest << u"delete_property"_s
                                   << body(QJsonObject{{u"$unset"_s, u"nope"_s}}) << u"$unset"_s << u"invalid_input"_s;
}

void TestSandboxServer::propertyWriteValidation()
{
    QFETCH(Version, version);
    QFETCH(QString, action);
    QFETCH(QByteArray, payload);
    QFETCH(QString, attr);
    QFETCH(QString, code);
    QVERIFY(start(version));
    const auto r =
        m_http->send("POST", P + u"groups/"_s + action + u"/?group_type_index=0&group_key=org:00000"_s, payload);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(u"attr"_s).toString(), attr);
    QCOMPARE(r.object().value(u"code"_s).toString(), code);
    const auto unknown =
        m_http->send("POST", P + u"groups/"_s + action + u"/?group_type_index=0&group_key=nope"_s, payload);
    QCOMPARE(unknown.status, 404);
}

void TestSandboxServer::related_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("group") << u"id=org:00000&group_type_index=0"_s << 200;
    QTest::newRow("person") << u"id=01795392-cc00-0003-7dc7-67a694604d72"_s << 200;
    QTest::newRow("missing id") << u"group_type_index=0"_s << 400;
    QTest::newRow("index out of range") << u"id=x&group_type_index=5"_s << 400;
    QTest::newRow("index not a number") << u"id=x&group_type_index=a"_s << 400;
}

void TestSandboxServer::related()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QVERIFY(start());
    const auto r = m_http->get(P + u"groups/related/?"_s + query);
    QCOMPARE(r.status, status);
    if (status == 200) {
        QVERIFY(r.json().isArray());
        const QJsonArray actors = r.json().array();
        QVERIFY(!actors.isEmpty());
        for (const auto &actor : actors) {
            const QString type = actor.toObject().value(u"type"_s).toString();
            QVERIFY(type == u"person"_s || type == u"group"_s);
        }
    } else {
        QVERIFY(!r.object().value(u"attr"_s).toString().isEmpty());
    }
}

void TestSandboxServer::propertyValues_data()
{
    QTest::addColumn<Version>("version");
    QTest::newRow("newest") << Version::Newest;
    QTest::newRow("older") << Version::Older;
}

void TestSandboxServer::propertyValues()
{
    QFETCH(Version, version);
    QVERIFY(start(version));
    const auto r = m_http->get(P + u"groups/property_values/?group_type_index=0&key=industry"_s);
    QCOMPARE(r.status, 200);
    QJsonArray rows;
    if (version == Version::Newest) {
        QVERIFY(r.json().isObject());
        QCOMPARE(r.object().value(u"refreshing"_s).toBool(true), false);
        rows = r.object().value(u"results"_s).toArray();
    } else {
        QVERIFY(r.json().isArray());
        rows = r.json().array();
    }
    QCOMPARE(rows.size(), 5);
    int total = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        total += rows.at(i).toObject().value(u"count"_s).toInt();
        if (i > 0)
            QVERIFY(rows.at(i - 1).toObject().value(u"count"_s).toInt()
                    >= rows.at(i).toObject().value(u"count"_s).toInt());
    }
    QCOMPARE(total, m_server->store()->groupCount(0));
    // At most 20 rows; value filter is a case-insensitive substring.
    const auto names = m_http->get(P + u"groups/property_values/?group_type_index=0&key=name"_s);
    const QJsonArray nameRows =
        version == Version::Newest ? names.object().value(u"results"_s).toArray() : names.json().array();
    QCOMPARE(nameRows.size(), 20);
    const auto filtered = m_http->get(P + u"groups/property_values/?group_type_index=0&key=industry&value=FIN"_s);
    const QJsonArray filteredRows =
        version == Version::Newest ? filtered.object().value(u"results"_s).toArray() : filtered.json().array();
    QCOMPARE(filteredRows.size(), 1);
    QCOMPARE(filteredRows.at(0).toObject().value(u"name"_s).toString(), u"finance"_s);
    // ILIKE wildcards are not escaped, as in PostHog: "f_n%e" matches "finance".
    const auto like = m_http->get(P + u"groups/property_values/?group_type_index=0&key=industry&value=f_n%25e"_s);
    const QJsonArray likeRows =
        version == Version::Newest ? like.object().value(u"results"_s).toArray() : like.json().array();
    QCOMPARE(likeRows.size(), 1);
    QCOMPARE(likeRows.at(0).toObject().value(u"name"_s).toString(), u"finance"_s);
    // Counts follow writes (the sandbox caches them between writes).
    QCOMPARE(m_http
                 ->send("POST", P + u"groups/update_property/?group_type_index=0&group_key=org:00000"_s,
                        body(QJsonObject{{u"key"_s, u"industry"_s}, {u"value"_s, u"Zeppelins"_s}}))
                 .status,
             200);
    const auto afterWrite = m_http->get(P + u"groups/property_values/?group_type_index=0&key=industry&value=zepp"_s);
    const QJsonArray afterRows =
        version == Version::Newest ? afterWrite.object().value(u"results"_s).toArray() : afterWrite.json().array();
    QCOMPARE(afterRows, (QJsonArray{QJsonObject{{u"name"_s, u"Zeppelins"_s}, {u"count"_s, 1}}}));
    // Required parameters.
    QCOMPARE(m_http->get(P + u"groups/property_values/?key=industry"_s).object().value(u"attr"_s).toString(),
             u"group_type_index"_s);
    QCOMPARE(m_http->get(P + u"groups/property_values/?group_type_index=0"_s).object().value(u"attr"_s).toString(),
             u"key"_s);
    QCOMPARE(m_http->get(P + u"groups/property_values/?group_type_index=z&key=a"_s).status, 500);
}

void TestSandboxServer::propertyDefinitions_data()
{
    QTest::addColumn<Version>("version");
    QTest::newRow("newest") << Version::Newest;
    QTest::newRow("older") << Version::Older;
}

void TestSandboxServer::propertyDefinitions()
{
    QFETCH(Version, version);
    QVERIFY(start(version));
    const auto old = m_http->get(P + u"groups/property_definitions/"_s);
    if (version == Version::Newest) {
        QCOMPARE(old.status, 404); // removed by the newest PostHog (docs/posthog-api-contract.md §1.9)
    } else {
        QCOMPARE(old.status, 200);
        const QJsonArray zero = old.object().value(u"0"_s).toArray();
        QVERIFY(!zero.isEmpty());
        QCOMPARE(zero.at(0).toObject().value(u"count"_s).toInt(), m_server->store()->groupCount(0));
    }
    const auto generic = m_http->get(P + u"property_definitions/?type=group&group_type_index=0&limit=5"_s);
    QCOMPARE(generic.status, 200);
    const QJsonObject page = generic.object();
    QVERIFY(page.value(u"count"_s).toInt() > 5);
    QCOMPARE(page.value(u"results"_s).toArray().size(), 5);
    QVERIFY(page.value(u"next"_s).toString().contains(u"offset=5"_s));
    QStringList types;
    int pages = 0;
    for (QString url = P + u"property_definitions/?type=group&group_type_index=0&limit=5"_s; !url.isEmpty();
         url = m_http->get(url).object().value(u"next"_s).toString()) {
        const QJsonArray results = m_http->get(url).object().value(u"results"_s).toArray();
        for (const auto &definition : results)
            types.append(definition.toObject().value(u"property_type"_s).toString());
        QVERIFY(++pages < 20);
    }
    QCOMPARE(types.size(), page.value(u"count"_s).toInt());
    QVERIFY(types.contains(u"Numeric"_s));
    QVERIFY(types.contains(u"Boolean"_s));
    QVERIFY(types.contains(u"String"_s));
    QCOMPARE(m_http->get(P + u"property_definitions/?type=group&group_type_index=7"_s).status, 400);
    // A new property shows up after a write.
    QCOMPARE(m_http
                 ->send("POST", P + u"groups/"_s,
                        body(QJsonObject{{u"group_type_index"_s, 0},
                                         {u"group_key"_s, u"fresh"_s},
                                         {u"group_properties"_s, QJsonObject{{u"brand new"_s, true}}}}))
                 .status,
             201);
    const auto grown = m_http->get(P + u"property_definitions/?type=group&group_type_index=0"_s);
    QCOMPARE(grown.object().value(u"count"_s).toInt(), page.value(u"count"_s).toInt() + 1);
}

void TestSandboxServer::metadataActions_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<bool>("deny");
    QTest::newRow("newest") << Version::Newest << false;
    QTest::newRow("older") << Version::Older << false;
    QTest::newRow("newest, PAK deny") << Version::Newest << true;
}

void TestSandboxServer::metadataActions()
{
    QFETCH(Version, version);
    QFETCH(bool, deny);
    QVERIFY(start(version, deny));
    const QByteArray rename = body(QJsonArray{QJsonObject{{u"group_type_index"_s, 1},
                                                          {u"name_singular"_s, u"Firm"_s},
                                                          {u"group_type"_s, u"rename attempt"_s},
                                                          {u"default_columns"_s, QJsonArray{u"a"_s}}}});
    const auto meta = m_http->send("PATCH", P + u"groups_types/update_metadata/"_s, rename);
    const auto columns =
        m_http->send("PUT", P + u"groups_types/set_default_columns/"_s,
                     body(QJsonObject{{u"group_type_index"_s, 0}, {u"default_columns"_s, QJsonArray{u"name"_s}}}));
    const auto dashboard = m_http->send("PUT", P + u"groups_types/create_detail_dashboard/"_s,
                                        body(QJsonObject{{u"group_type_index"_s, 0}}));
    if (deny) {
        for (const auto &r : {meta, columns, dashboard}) {
            QCOMPARE(r.status, 403);
            QCOMPARE(r.object().value(u"detail"_s).toString(),
                     u"This action does not support personal API key access"_s);
            QCOMPARE(r.object().value(u"type"_s).toString(), u"authentication_error"_s);
        }
        return;
    }
    QCOMPARE(meta.status, 200);
    const QJsonObject type1 = meta.json().array().at(1).toObject();
    QCOMPARE(type1.value(u"name_singular"_s).toString(), u"Firm"_s);
    QCOMPARE(type1.value(u"group_type"_s).toString(), u"company"_s); // read-only
    // Newest saves only the names; older saved every writable field.
    QCOMPARE(type1.value(u"default_columns"_s).isArray(), version == Version::Older);
    QCOMPARE(columns.status, 200);
    QCOMPARE(columns.object().value(u"default_columns"_s).toArray(), (QJsonArray{u"name"_s}));
    QCOMPARE(dashboard.status, 200);
    QVERIFY(dashboard.object().value(u"detail_dashboard"_s).isDouble());
    const auto again = m_http->send("PUT", P + u"groups_types/create_detail_dashboard/"_s,
                                    body(QJsonObject{{u"group_type_index"_s, 0}}));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.object(),
             (QJsonObject{{u"detail"_s, u"Dashboard already exists for this group type."_s}})); // bare body
    // Errors of the session-only actions.
    QCOMPARE(m_http
                 ->send("PUT", P + u"groups_types/set_default_columns/"_s,
                        body(QJsonObject{{u"group_type_index"_s, 4}, {u"default_columns"_s, QJsonArray()}}))
                 .object()
                 .value(u"detail"_s)
                 .toString(),
             u"Group type not found"_s);
    QCOMPARE(
        m_http->send("PUT", P + u"groups_types/set_default_columns/"_s, body(QJsonObject{{u"group_type_index"_s, 0}}))
            .status,
        500);
    QCOMPARE(
        m_http->send("PATCH", P + u"groups_types/update_metadata/"_s, body(QJsonObject{{u"group_type_index"_s, 0}}))
            .status,
        500);
    QCOMPARE(m_http
                 ->send("PATCH", P + u"groups_types/update_metadata/"_s,
                        body(QJsonArray{QJsonObject{{u"group_type_index"_s, 4}}}))
                 .status,
             500);
    QCOMPARE(m_http->send("GET", P + u"groups_types/update_metadata/"_s).status, 405);
}

void TestSandboxServer::deleteGroupType()
{
    QVERIFY(start());
    const auto deleted = m_http->send("DELETE", P + u"groups_types/2/"_s);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(m_http->get(P + u"groups_types/"_s).json().array().size(), 2);
    const auto again = m_http->send("DELETE", P + u"groups_types/2/"_s);
    QCOMPARE(again.status, 404);
    QCOMPARE(again.object().value(u"detail"_s).toString(), u"Group type not found"_s);
    QCOMPARE(m_http->send("DELETE", P + u"groups_types/x/"_s).status, 500);
}

void TestSandboxServer::metricsCrud_data()
{
    QTest::addColumn<Version>("version");
    QTest::newRow("newest") << Version::Newest;
    QTest::newRow("older") << Version::Older;
}

void TestSandboxServer::metricsCrud()
{
    QFETCH(Version, version);
    QVERIFY(start(version));
    const QString base = P + u"groups_types/0/metrics/"_s;
    const auto list = m_http->get(base);
    QCOMPARE(list.status, 200);
    const int seeded = list.object().value(u"count"_s).toInt();
    QVERIFY(seeded >= 2);
    bool warehouse = false;
    const QJsonArray seededRows = list.object().value(u"results"_s).toArray();
    for (const auto &metric : seededRows)
        warehouse =
            warehouse
            || metric.toObject().value(u"filters"_s).toObject().value(u"source"_s).toString() == u"data_warehouse"_s;
    QVERIFY(warehouse);

    const auto created = m_http->send(
        "POST", base,
        body(QJsonObject{
            {u"name"_s, u"Revenue"_s},
            {u"math"_s, u"sum"_s},
            {u"math_property"_s, u"amount"_s},
            {u"filters"_s, QJsonObject{{u"events"_s, QJsonArray{QJsonObject{{u"id"_s, u"purchase"_s}}}}}}}));
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.object().value(u"interval"_s).toInt(), 7);
    QCOMPARE(created.object().contains(u"math"_s), version == Version::Newest); // older: smaller field set

    const auto paged = m_http->get(base + u"?limit=1&offset=0"_s);
    QCOMPARE(paged.object().value(u"count"_s).toInt(), seeded + 1);
    QCOMPARE(paged.object().value(u"results"_s).toArray().size(), 1);
    QVERIFY(paged.object().value(u"next"_s).toString().contains(u"offset=1"_s));

    const auto patched = m_http->send("PATCH", base + id + u'/', body(QJsonObject{{u"name"_s, u"Revenue (7d)"_s}}));
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.object().value(u"name"_s).toString(), u"Revenue (7d)"_s);
    const auto put =
        m_http->send("PUT", base + id + u'/',
                     body(QJsonObject{{u"name"_s, u"Events"_s}, {u"filters"_s, QJsonObject{{u"foo"_s, u"bar"_s}}}}));
    QCOMPARE(put.status, 200);
    QCOMPARE(m_http->get(base + id).object().value(u"name"_s).toString(), u"Events"_s); // trailing slash optional
    QCOMPARE(m_http->send("DELETE", base + id + u'/').status, 204);
    QCOMPARE(m_http->get(base + id + u'/').status, 404);
    QCOMPARE(m_http->send("DELETE", base + id + u'/').status, 404);
    QCOMPARE(m_http->get(base + u"not-a-uuid/"_s).status, 404);
}

void TestSandboxServer::metricValidation_data()
{
    QTest::addColumn<QJsonObject>("metric");
    QTest::addColumn<QString>("attr");
    QTest::addColumn<QString>("code");
    const QJsonObject events{{u"events"_s, QJsonArray()}};
    QTest::newRow("no name") << QJsonObject{{u"filters"_s, events}} << u"name"_s << u"required"_s;
    QTest::newRow("long name") << QJsonObject{{u"name"_s, QString(256, u'n')}, {u"filters"_s, events}} << u"name"_s
                               << u"max_length"_s;
    QTest::newRow("no filters") << QJsonObject{{u"name"_s, u"a"_s}} << u"filters"_s << u"required"_s;
    QTest::newRow("bad format") << QJsonObject{{u"name"_s, u"a"_s}, {u"filters"_s, events}, {u"format"_s, u"foo"_s}}
                                << u"format"_s << u"invalid_choice"_s;
    QTest::newRow("bad display") << QJsonObject{{u"name"_s, u"a"_s}, {u"filters"_s, events}, {u"display"_s, u"pie"_s}}
                                 << u"display"_s << u"invalid_choice"_s;
    QTest::newRow("sum without property")
        << QJsonObject{{u"name"_s, u"a"_s}, {u"filters"_s, events}, {u"math"_s, u"sum"_s}} << u"math_property"_s
        << u"invalid_input"_s;
    QTest::newRow("count with property") << QJsonObject{{u"name"_s, u"a"_s},
                                                        {u"filters"_s, events},
                                                        {u"math_property"_s, u"x"_s}}
                                         << u"math_property"_s << u"invalid_input"_s;
    QTest::newRow("unknown source") << QJsonObject{{u"name"_s, u"a"_s},
                                                   {u"filters"_s, QJsonObject{{u"source"_s, u"csv"_s}}}}
                                    << u"filters"_s << u"invalid_input"_s;
    QTest::newRow("warehouse without table")
        << QJsonObject{{u"name"_s, u"a"_s},
                       {u"filters"_s, QJsonObject{{u"source"_s, u"data_warehouse"_s},
                                                  {u"timestamp_field"_s, u"t"_s},
                                                  {u"key_field"_s, u"k"_s}}}}
        << u"filters"_s << u"invalid_input"_s;
    QTest::newRow("warehouse unknown table")
        << QJsonObject{{u"name"_s, u"a"_s},
                       {u"filters"_s, QJsonObject{{u"source"_s, u"data_warehouse"_s},
                                                  {u"table_name"_s, u"nope"_s},
                                                  {u"timestamp_field"_s, u"t"_s},
                                                  {u"key_field"_s, u"k"_s}}}}
        << u"filters"_s << u"invalid_input"_s;
}

void TestSandboxServer::metricValidation()
{
    QFETCH(QJsonObject, metric);
    QFETCH(QString, attr);
    QFETCH(QString, code);
    QVERIFY(start());
    const auto r = m_http->send("POST", P + u"groups_types/1/metrics/"_s, body(metric));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(u"type"_s).toString(), u"validation_error"_s);
    QCOMPARE(r.object().value(u"attr"_s).toString(), attr);
    QCOMPARE(r.object().value(u"code"_s).toString(), code);
    // A valid data-warehouse metric is accepted.
    const auto ok = m_http->send("POST", P + u"groups_types/1/metrics/"_s,
                                 body(QJsonObject{{u"name"_s, u"dw"_s},
                                                  {u"filters"_s, QJsonObject{{u"source"_s, u"data_warehouse"_s},
                                                                             {u"table_name"_s, u"stripe_charges"_s},
                                                                             {u"timestamp_field"_s, u"t"_s},
                                                                             {u"key_field"_s, u"k"_s}}}}));
    QCOMPARE(ok.status, 201);
}

void TestSandboxServer::seedIsDeterministicAndBigSeedsWork()
{
    SandboxOptions options;
    options.seed = 1234;
    SandboxStore a(options);
    SandboxStore b(options);
    options.seed = 99;
    SandboxStore c(options);
    const auto pageA = a.listGroups(0, {}, {}, std::nullopt, 100);
    QCOMPARE(pageA.results, b.listGroups(0, {}, {}, std::nullopt, 100).results);
    QVERIFY(pageA.results != c.listGroups(0, {}, {}, std::nullopt, 100).results);

    // 100,000 groups: generated lazily, so building and paging stay cheap.
    options.groupsPerType = 100000;
    QVERIFY(start(options));
    QCOMPARE(m_server->store()->groupCount(0), 100000);
    const auto r = m_http->get(P + u"groups/?group_type_index=0"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"results"_s).toArray().size(), 100);
    const auto second = m_http->get(r.object().value(u"next"_s).toString());
    QCOMPARE(second.object().value(u"results"_s).toArray().size(), 100);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
