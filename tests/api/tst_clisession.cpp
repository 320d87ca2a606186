// groupdesk-cli's web session as a script uses it: both programs as child processes, the
// sandbox as the newest PostHog (its default now: the key may not rename types). Sign-in for
// one run from POSTHOG_EMAIL/POSTHOG_PASSWORD(/POSTHOG_OTP or --otp), whoami, logout, exit 3
// with the reason for every failed sign-in, and never a password or cookie in the output.
#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"sandbox-pass-2026"_s;

using Run = ProcessRun;
} // namespace

class TestCliSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void renameSignsInForTheRun();
    void renameWithTwoFactorCode();
    void failedSignInsExitThree_data();
    void failedSignInsExitThree();
    void whoamiAndLogout();
    void sessionOnlyRunServesEverything();
    void savedSessionEndToEnd();

private:
    Run run(const QStringList &arguments, const QHash<QString, QString> &environment, bool withKey = true,
            const QString &program = QStringLiteral(GROUPDESK_CLI_PATH));

    SandboxProcess m_sandbox;
};

void TestCliSession::initTestCase()
{
    // No --metadata-pak: the newest variant's default is deny, like PostHog.
    QVERIFY2(m_sandbox.start(QStringLiteral(GROUPDESK_SANDBOX_PATH),
                             {u"--groups"_s, u"20"_s, u"--login-failure-limit"_s, u"1000"_s}, 60000),
             qPrintable(m_sandbox.errorString()));
}

void TestCliSession::cleanupTestCase()
{
    m_sandbox.stop();
}

Run TestCliSession::run(const QStringList &arguments, const QHash<QString, QString> &environment, bool withKey,
                        const QString &program)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"POSTHOG_PERSONAL_API_KEY", "POSTHOG_EMAIL", "POSTHOG_PASSWORD", "POSTHOG_OTP"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"POSTHOG_HOST"_s, m_sandbox.baseUrl());
    if (withKey)
        env.insert(u"POSTHOG_PERSONAL_API_KEY"_s, u"phx_groupdesk_demo_key"_s);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    // Standard input is closed (no terminal): prompts read an empty line.
    Run result = runProcess(program, arguments, env, 60000);
    // Whatever happened, the password never shows.
    [&] {
        QVERIFY(!result.out.contains(Password.toUtf8()));
        QVERIFY(!result.err.contains(Password.toUtf8()));
    }();
    return result;
}

void TestCliSession::renameSignsInForTheRun()
{
    // The key alone is refused (exit 4)...
    const Run refused = run({u"types"_s, u"rename"_s, u"1"_s, u"--singular"_s, u"Firm"_s}, {});
    QVERIFY2(refused.exitCode == 4, refused.err.constData());
    // ...an email and password in the environment sign in for this run.
    const Run renamed =
        run({u"--format"_s, u"json"_s, u"types"_s, u"rename"_s, u"1"_s, u"--singular"_s, u"Firm"_s},
            {{u"POSTHOG_EMAIL"_s, u"plain@sandbox.groupdesk.test"_s}, {u"POSTHOG_PASSWORD"_s, Password}});
    QVERIFY2(renamed.exitCode == 0, renamed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(renamed.out).object().value(u"name_singular"_s).toString(), u"Firm"_s);
    // Nothing was saved: the next run without credentials is refused again.
    const Run again = run({u"types"_s, u"rename"_s, u"1"_s, u"--singular"_s, u"Firm 2"_s}, {});
    QVERIFY2(again.exitCode == 4, again.err.constData());
}

void TestCliSession::renameWithTwoFactorCode()
{
    const QHash<QString, QString> demo{{u"POSTHOG_EMAIL"_s, u"demo@sandbox.groupdesk.test"_s},
                                       {u"POSTHOG_PASSWORD"_s, Password}};
    const Run withOtp = run({u"--format"_s, u"json"_s, u"types"_s, u"rename"_s, u"2"_s, u"--plural"_s, u"Ventures"_s,
                             u"--otp"_s, u"123456"_s},
                            demo);
    QVERIFY2(withOtp.exitCode == 0, withOtp.err.constData());
    QCOMPARE(QJsonDocument::fromJson(withOtp.out).object().value(u"name_plural"_s).toString(), u"Ventures"_s);

    QHash<QString, QString> demoEnvOtp = demo;
    demoEnvOtp.insert(u"POSTHOG_OTP"_s, u"123456"_s);
    const Run envOtp = run({u"types"_s, u"rename"_s, u"2"_s, u"--plural"_s, u"Projects"_s}, demoEnvOtp);
    QVERIFY2(envOtp.exitCode == 0, envOtp.err.constData());
}

void TestCliSession::failedSignInsExitThree_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("otp");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("wrong password") << u"plain@sandbox.groupdesk.test"_s << u"nope"_s << QString()
                                    << QByteArray("sign-in failed: Wrong email or password.");
    QTest::newRow("unverified") << u"unverified@sandbox.groupdesk.test"_s << Password << QString()
                                << QByteArray("sign-in failed: This account's email address is not verified yet.");
    QTest::newRow("sso") << u"sso@sandbox.groupdesk.test"_s << Password << QString()
                         << QByteArray("single sign-on (google-oauth2)");
    QTest::newRow("code missing") << u"demo@sandbox.groupdesk.test"_s << Password << QString()
                                  << QByteArray("pass --otp CODE or set POSTHOG_OTP");
    QTest::newRow("code wrong") << u"demo@sandbox.groupdesk.test"_s << Password << u"000000"_s
                                << QByteArray("sign-in failed: That code is not right.");
    QTest::newRow("passkey") << u"passkey@sandbox.groupdesk.test"_s << Password << QString()
                             << QByteArray("passkey, which groupdesk-cli cannot use");
    QTest::newRow("email link") << u"emailmfa@sandbox.groupdesk.test"_s << Password << QString()
                                << QByteArray("run groupdesk-cli login in a terminal to paste it");
}

void TestCliSession::failedSignInsExitThree()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, otp);
    QFETCH(QByteArray, reason);
    QHash<QString, QString> env{{u"POSTHOG_EMAIL"_s, email}, {u"POSTHOG_PASSWORD"_s, password}};
    if (!otp.isEmpty())
        env.insert(u"POSTHOG_OTP"_s, otp);
    const Run result = run({u"types"_s, u"rename"_s, u"0"_s, u"--singular"_s, u"Org"_s}, env);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(reason), result.err.constData());
    QCOMPARE(result.err.trimmed().count('\n'), 0); // one line
    // login fails the same way (it may ask the terminal first, which has nothing to say here).
    const Run login = run({u"login"_s}, env);
    QCOMPARE(login.exitCode, 3);
    QVERIFY2(login.err.contains("sign-in failed: "), login.err.constData());
}

void TestCliSession::whoamiAndLogout()
{
    const Run who = run({u"whoami"_s},
                        {{u"POSTHOG_EMAIL"_s, u"plain@sandbox.groupdesk.test"_s}, {u"POSTHOG_PASSWORD"_s, Password}});
    QVERIFY2(who.exitCode == 0, who.err.constData());
    QCOMPARE(who.out.trimmed(), QByteArray("plain@sandbox.groupdesk.test (Plain)"));

    // Without credentials or a saved session (CI has no keychain service): not signed in.
    const Run nobody = run({u"whoami"_s}, {});
    QCOMPARE(nobody.exitCode, 3);
    QVERIFY2(nobody.err.contains("Not signed in"), nobody.err.constData());
    const Run logout = run({u"logout"_s}, {});
    QVERIFY2(logout.exitCode == 0, logout.err.constData());
    QCOMPARE(logout.out.trimmed(), QByteArray("Not signed in."));
    const Run extra = run({u"whoami"_s, u"me"_s}, {});
    QCOMPARE(extra.exitCode, 2);
}

void TestCliSession::sessionOnlyRunServesEverything()
{
    // No key at all: the session serves ordinary calls too.
    const Run listed =
        run({u"--format"_s, u"jsonl"_s, u"groups"_s, u"list"_s, u"--type"_s, u"0"_s, u"--limit"_s, u"3"_s},
            {{u"POSTHOG_EMAIL"_s, u"plain@sandbox.groupdesk.test"_s}, {u"POSTHOG_PASSWORD"_s, Password}}, false);
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(listed.out.trimmed().split('\n').size(), 3);
    const Run nothing = run({u"groups"_s, u"list"_s, u"--type"_s, u"0"_s}, {}, false);
    QCOMPARE(nothing.exitCode, 3);
}

void TestCliSession::savedSessionEndToEnd()
{
    // A fresh HOME, and the test keychain outside it (the OS keychain is not a file under HOME
    // either); only the test build of the CLI honours GROUPDESK_TEST_KEYCHAIN_DIR.
    QTemporaryDir home;
    QTemporaryDir keychain;
    QVERIFY(home.isValid() && keychain.isValid());
    const QString program = QStringLiteral(GROUPDESK_CLI_TESTKEYCHAIN_PATH);
    const QHash<QString, QString> env{{u"HOME"_s, home.path()},
                                      {u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s)},
                                      {u"GROUPDESK_TEST_KEYCHAIN_DIR"_s, keychain.path()}};
    QHash<QString, QString> login = env;
    login.insert(u"POSTHOG_PASSWORD"_s, Password);
    QList<QByteArray> outputs;

    const Run in = run({u"login"_s, u"--email"_s, u"demo@sandbox.groupdesk.test"_s, u"--otp"_s, u"123456"_s}, login,
                       false, program);
    QVERIFY2(in.exitCode == 0, in.err.constData());
    QVERIFY2(in.out.contains("as demo@sandbox.groupdesk.test"), in.out.constData());
    QCOMPARE(QDir(keychain.path()).entryList(QDir::Files).size(), 1);
    outputs << in.out << in.err;

    // No credentials from here on: the saved session serves.
    const Run who = run({u"whoami"_s}, env, false, program);
    QVERIFY2(who.exitCode == 0, who.err.constData());
    QVERIFY2(who.out.startsWith("demo@sandbox.groupdesk.test"), who.out.constData());
    outputs << who.out << who.err;
    const Run renamed = run({u"--format"_s, u"json"_s, u"types"_s, u"rename"_s, u"0"_s, u"--singular"_s, u"Firm"_s},
                            env, false, program);
    QVERIFY2(renamed.exitCode == 0, renamed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(renamed.out).object().value(u"name_singular"_s).toString(), u"Firm"_s);
    outputs << renamed.out << renamed.err;

    // The cookie values are what the test keychain holds; none may be anywhere else.
    QList<QByteArray> secrets{Password.toUtf8()};
    const QStringList entries = QDir(keychain.path()).entryList(QDir::Files);
    for (const QString &entry : entries) {
        QFile file(QDir(keychain.path()).filePath(entry));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QByteArray pair = line.split(';').constFirst();
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0 && pair.size() > eq + 8)
                secrets << pair.mid(eq + 1);
        }
    }
    QVERIFY2(secrets.size() >= 3, "session and CSRF cookies"); // password, sessionid, csrftoken (+ remember)

    const Run out = run({u"logout"_s}, env, false, program);
    QVERIFY2(out.exitCode == 0, out.err.constData());
    outputs << out.out << out.err;
    QVERIFY(QDir(keychain.path()).entryList(QDir::Files).isEmpty());
    const Run gone = run({u"whoami"_s}, env, false, program);
    QCOMPARE(gone.exitCode, 3);
    outputs << gone.out << gone.err;

    int files = 0;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        const QByteArray content = file.readAll();
        for (const QByteArray &secret : std::as_const(secrets))
            QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
    }
    qInfo("scanned %d file(s) under HOME", files);
    for (const QByteArray &output : std::as_const(outputs))
        for (const QByteArray &secret : std::as_const(secrets))
            QVERIFY2(!output.contains(secret), output.constData());
}

QTEST_GUILESS_MAIN(TestCliSession)
#include "tst_clisession.moc"
