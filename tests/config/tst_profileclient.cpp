// A ConnectionProfile, joined with its key by toSettings(), drives PostHogClient exactly:
// the right origin, path prefix and project in the URL, the key only in the Authorization
// header, and plain http refused unless a self-hosted profile allows it (or it is loopback).
// The network is faked at the QNetworkAccessManager seam (tests/common).
#include "connectionprofile.h"
#include "fakenetworkaccessmanager.h"
#include "posthogclient.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestProfileClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestFollowsProfile_data();
    void requestFollowsProfile();
    void plainHttpPolicy_data();
    void plainHttpPolicy();
};

void TestProfileClient::requestFollowsProfile_data()
{
    QTest::addColumn<int>("hostKind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<QString>("expectedUrl");

    const int us = int(ConnectionProfile::HostKind::UsCloud);
    const int eu = int(ConnectionProfile::HostKind::EuCloud);
    const int self = int(ConnectionProfile::HostKind::SelfHosted);
    QTest::newRow("us numeric") << us << QString() << u"12345"_s
                                << u"https://us.posthog.com/api/projects/12345/groups_types/"_s;
    QTest::newRow("eu numeric") << eu << QString() << u"7"_s
                                << u"https://eu.posthog.com/api/projects/7/groups_types/"_s;
    QTest::newRow("self-hosted with prefix") << self << u"https://example.org/posthog/api/"_s << u"3"_s
                                             << u"https://example.org/posthog/api/projects/3/groups_types/"_s;
    QTest::newRow("self-hosted port, no scheme")
        << self << u"ph.example.org:8443"_s << u"3"_s << u"https://ph.example.org:8443/api/projects/3/groups_types/"_s;
}

void TestProfileClient::requestFollowsProfile()
{
    QFETCH(int, hostKind);
    QFETCH(QString, url);
    QFETCH(QString, projectId);
    QFETCH(QString, expectedUrl);

    ConnectionProfile profile = ConnectionProfile::create(u"Test"_s);
    profile.hostKind = ConnectionProfile::HostKind(hostKind);
    profile.selfHostedUrl = url;
    profile.projectId = projectId;
    QVERIFY2(profile.isValid(), qPrintable(profile.validationProblem()));

    const QString key = u"phx_profile_client_key"_s;
    FakeNetworkAccessManager nam;
    nam.enqueue(FakeResponse::json(200, R"([{"group_type_index":0,"group_type":"organization"}])"_ba));
    PostHogClient client(profile.toSettings(key), &nam);
    QVERIFY2(client.configurationProblem().isEmpty(), qPrintable(client.configurationProblem()));

    bool done = false;
    ApiResult<QList<GroupType>> result;
    client.listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.value.size(), 1);

    QCOMPARE(nam.requestCount(), 1);
    const FakeNetworkAccessManager::Request &sent = nam.requests().constFirst();
    QCOMPARE(sent.url.toString(), expectedUrl);
    QCOMPARE(sent.header("Authorization"), "Bearer " + key.toUtf8());
    QVERIFY(!sent.url.toString().contains(key));
}

void TestProfileClient::plainHttpPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("usable");

    QTest::newRow("remote http refused") << u"http://ph.example.org"_s << false << false;
    QTest::newRow("remote http allowed by profile") << u"http://ph.example.org"_s << true << true;
    QTest::newRow("loopback http always fine") << u"http://127.0.0.1:8010"_s << false << true;
    QTest::newRow("https fine") << u"https://ph.example.org"_s << false << true;
}

void TestProfileClient::plainHttpPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, usable);

    ConnectionProfile profile = ConnectionProfile::create(u"Lab"_s);
    profile.hostKind = ConnectionProfile::HostKind::SelfHosted;
    profile.selfHostedUrl = url;
    profile.allowInsecureHttp = allowInsecure;
    FakeNetworkAccessManager nam;
    const PostHogClient client(profile.toSettings(u"phx_x"_s), &nam);
    QCOMPARE(client.configurationProblem().isEmpty(), usable);
}

QTEST_GUILESS_MAIN(TestProfileClient)
#include "tst_profileclient.moc"
