// ConnectionProfile: URL normalisation, validation, the keychain entry name and the
// mapping into the ConnectionSettings that PostHogClient takes.
#include "connectionprofile.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectionProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normaliseServerUrl_data();
    void normaliseServerUrl();
    void toSettings_data();
    void toSettings();
    void validation_data();
    void validation();
    void keychainKeyFollowsServer();
    void jsonRoundTrip();
    void jsonNeverContainsKey();
    void hostKindNames_data();
    void hostKindNames();
};

void TestConnectionProfile::normaliseServerUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty = invalid

    QTest::newRow("plain https") << u"https://ph.example.org"_s << u"https://ph.example.org"_s;
    QTest::newRow("missing scheme means https") << u"ph.example.org"_s << u"https://ph.example.org"_s;
    QTest::newRow("host with port, no scheme") << u"localhost:8000"_s << u"https://localhost:8000"_s;
    QTest::newRow("http kept") << u"http://127.0.0.1:8010"_s << u"http://127.0.0.1:8010"_s;
    QTest::newRow("trailing slash") << u"https://ph.example.org/"_s << u"https://ph.example.org"_s;
    QTest::newRow("pasted /api/") << u"https://ph.example.org/api/"_s << u"https://ph.example.org"_s;
    QTest::newRow("path prefix kept") << u"https://example.org/posthog/api"_s << u"https://example.org/posthog"_s;
    QTest::newRow("query and fragment dropped") << u"https://ph.example.org/?a=1#x"_s << u"https://ph.example.org"_s;
    QTest::newRow("uppercase scheme") << u"HTTPS://ph.example.org"_s << u"https://ph.example.org"_s;
    QTest::newRow("whitespace") << u"  https://ph.example.org  "_s << u"https://ph.example.org"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("ftp") << u"ftp://ph.example.org"_s << QString();
    QTest::newRow("credentials refused") << u"https://user:pw@ph.example.org"_s << QString();
}

void TestConnectionProfile::normaliseServerUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QUrl url = ConnectionProfile::normaliseServerUrl(input);
    if (expected.isEmpty())
        QVERIFY2(!url.isValid(), qPrintable(url.toString()));
    else
        QCOMPARE(url.toString(), expected);
}

void TestConnectionProfile::toSettings_data()
{
    QTest::addColumn<int>("hostKind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<QString>("expectedBase");
    QTest::addColumn<bool>("expectedInsecure");
    QTest::addColumn<QString>("expectedCa");
    QTest::addColumn<QString>("expectedProject");

    const int us = int(ConnectionProfile::HostKind::UsCloud);
    const int eu = int(ConnectionProfile::HostKind::EuCloud);
    const int self = int(ConnectionProfile::HostKind::SelfHosted);
    QTest::newRow("us cloud") << us << QString() << false << QString() << u"@current"_s << u"https://us.posthog.com"_s
                              << false << QString() << u"@current"_s;
    QTest::newRow("eu cloud numeric project") << eu << QString() << false << QString() << u" 12345 "_s
                                              << u"https://eu.posthog.com"_s << false << QString() << u"12345"_s;
    QTest::newRow("cloud ignores insecure and CA") << us << u"http://x"_s << true << u"/ca.pem"_s << u"1"_s
                                                   << u"https://us.posthog.com"_s << false << QString() << u"1"_s;
    QTest::newRow("self-hosted keeps options")
        << self << u"http://lab.local:8000/ph/"_s << true << u"/etc/ca.pem"_s << u"7"_s << u"http://lab.local:8000/ph"_s
        << true << u"/etc/ca.pem"_s << u"7"_s;
    QTest::newRow("empty project means @current") << us << QString() << false << QString() << QString()
                                                  << u"https://us.posthog.com"_s << false << QString() << u"@current"_s;
}

void TestConnectionProfile::toSettings()
{
    QFETCH(int, hostKind);
    QFETCH(QString, url);
    QFETCH(bool, insecure);
    QFETCH(QString, caFile);
    QFETCH(QString, projectId);
    QFETCH(QString, expectedBase);
    QFETCH(bool, expectedInsecure);
    QFETCH(QString, expectedCa);
    QFETCH(QString, expectedProject);

    ConnectionProfile profile = ConnectionProfile::create(u"Test"_s);
    profile.hostKind = ConnectionProfile::HostKind(hostKind);
    profile.selfHostedUrl = url;
    profile.allowInsecureHttp = insecure;
    profile.extraCaFile = caFile;
    profile.projectId = projectId;

    const ConnectionSettings settings = profile.toSettings(u"phx_secret"_s);
    QCOMPARE(settings.baseUrl.toString(), expectedBase);
    QCOMPARE(settings.allowInsecureHttp, expectedInsecure);
    QCOMPARE(settings.extraCaFile, expectedCa);
    QCOMPARE(settings.projectId, expectedProject);
    QCOMPARE(settings.apiKey, u"phx_secret"_s);
}

void TestConnectionProfile::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("hostKind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<bool>("valid");

    const int us = int(ConnectionProfile::HostKind::UsCloud);
    const int self = int(ConnectionProfile::HostKind::SelfHosted);
    QTest::newRow("ok cloud") << u"Prod"_s << us << QString() << u"@current"_s << true;
    QTest::newRow("ok self-hosted") << u"Lab"_s << self << u"ph.example.org"_s << u"3"_s << true;
    QTest::newRow("no name") << u"  "_s << us << QString() << u"@current"_s << false;
    QTest::newRow("self-hosted without url") << u"Lab"_s << self << QString() << u"3"_s << false;
    QTest::newRow("self-hosted bad url") << u"Lab"_s << self << u"ftp://x"_s << u"3"_s << false;
    QTest::newRow("project zero") << u"Prod"_s << us << QString() << u"0"_s << false;
    QTest::newRow("project text") << u"Prod"_s << us << QString() << u"abc"_s << false;
    QTest::newRow("retired app.posthog.com") << u"Old"_s << self << u"https://app.posthog.com"_s << u"3"_s << false;
    QTest::newRow("ingestion host") << u"Ing"_s << self << u"https://eu.i.posthog.com"_s << u"3"_s << false;
    QTest::newRow("posthog.com lookalike is fine")
        << u"Own"_s << self << u"https://ph.app.posthog.com.example.org"_s << u"3"_s << true;
}

void TestConnectionProfile::validation()
{
    QFETCH(QString, name);
    QFETCH(int, hostKind);
    QFETCH(QString, url);
    QFETCH(QString, projectId);
    QFETCH(bool, valid);

    ConnectionProfile profile = ConnectionProfile::create(name);
    profile.hostKind = ConnectionProfile::HostKind(hostKind);
    profile.selfHostedUrl = url;
    profile.projectId = projectId;
    QCOMPARE(profile.isValid(), valid);
    QCOMPARE(profile.validationProblem().isEmpty(), valid);
}

void TestConnectionProfile::keychainKeyFollowsServer()
{
    ConnectionProfile profile = ConnectionProfile::create(u"Prod"_s);
    const QString usKey = profile.keychainKey();
    QVERIFY(usKey.startsWith(u"groupdesk:us.posthog.com:"_s));
    QVERIFY(usKey.endsWith(profile.id));

    // Editing the host must not reuse the key saved for the old server.
    profile.hostKind = ConnectionProfile::HostKind::EuCloud;
    QVERIFY(profile.keychainKey() != usKey);

    profile.hostKind = ConnectionProfile::HostKind::SelfHosted;
    profile.selfHostedUrl = u"http://127.0.0.1:8010/ph"_s;
    QCOMPARE(profile.keychainKey(), u"groupdesk:127.0.0.1:8010/ph:"_s + profile.id);

    // Two profiles on the same server do not share an entry.
    ConnectionProfile other = profile;
    other.id = ConnectionProfile::create().id;
    QVERIFY(other.keychainKey() != profile.keychainKey());
}

void TestConnectionProfile::jsonRoundTrip()
{
    ConnectionProfile profile = ConnectionProfile::create(u"Self"_s);
    profile.hostKind = ConnectionProfile::HostKind::SelfHosted;
    profile.selfHostedUrl = u"https://ph.example.org"_s;
    profile.projectId = u"42"_s;
    profile.extraCaFile = u"/etc/ssl/private-ca.pem"_s;
    profile.allowInsecureHttp = true;
    profile.colorTag = u"#d73a49"_s;
    QCOMPARE(ConnectionProfile::fromJson(profile.toJson()), profile);

    // Hand-written files use a number for the project and may omit the id.
    const QJsonObject handWritten =
        QJsonDocument::fromJson(R"({"name":"Hand","host":"eu","project_id":12345})").object();
    const ConnectionProfile parsed = ConnectionProfile::fromJson(handWritten);
    QCOMPARE(parsed.projectId, u"12345"_s);
    QCOMPARE(parsed.hostKind, ConnectionProfile::HostKind::EuCloud);
    QVERIFY(!parsed.id.isEmpty());
}

void TestConnectionProfile::jsonNeverContainsKey()
{
    const ConnectionProfile profile = ConnectionProfile::create(u"Prod"_s);
    const QByteArray json = QJsonDocument(profile.toJson()).toJson();
    QVERIFY(!json.contains("key"));
}

void TestConnectionProfile::hostKindNames_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("us") << int(ConnectionProfile::HostKind::UsCloud);
    QTest::newRow("eu") << int(ConnectionProfile::HostKind::EuCloud);
    QTest::newRow("self-hosted") << int(ConnectionProfile::HostKind::SelfHosted);
}

void TestConnectionProfile::hostKindNames()
{
    QFETCH(int, kind);
    const auto hostKind = ConnectionProfile::HostKind(kind);
    const QString name = ConnectionProfile::hostKindName(hostKind);
    QCOMPARE(name, QString::fromLatin1(QTest::currentDataTag()));
    ConnectionProfile::HostKind back = ConnectionProfile::HostKind::UsCloud;
    QVERIFY(ConnectionProfile::hostKindFromName(name.toUpper(), &back));
    QCOMPARE(back, hostKind);
    QVERIFY(!ConnectionProfile::hostKindFromName(u"mars"_s, &back));
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
