// The embedded-browser sign-in against the sandbox's HTML /login page, offscreen: the page
// loads in Qt WebEngine, the form is filled and sent (password, then the two-factor code),
// GroupDesk keeps the cookies the page ends with, and a group type is renamed through them
// while the personal API key is refused that action.
// Runs as root in CI: Chromium's sandbox is off (QTWEBENGINE_DISABLE_SANDBOX) and so is the GPU.
#include "browsersignindialog.h"
#include "posthogclient.h"
#include "posthogsession.h"
#include "sandboxserver.h"
#include "sandboxsessionauth.h"
#include "sandboxstore.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 60000; // the first WebEngine start is slow on a busy machine

/// Runs `script` in the page and waits for its result.
QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, Timeout))
        return QStringLiteral("<no answer from the page>");
    return result;
}

QString js(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + quoted + u'\'';
}
} // namespace

class TestBrowserSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInThroughThePageAndRename();
};

void TestBrowserSignIn::signInThroughThePageAndRename()
{
    SandboxOptions options;
    options.groupsPerType = 10;
    options.metadataPakDeny = true; // the newest PostHog: the key may not rename types
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    PostHogSession session(server.baseUrl());

    BrowserSignInDialog dialog(&session);
    QSignalSpy signedIn(&dialog, &BrowserSignInDialog::signedIn);
    QSignalSpy loads(dialog.view(), &QWebEngineView::loadFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(loads.wait(Timeout));
    QVERIFY(loads.last().at(0).toBool());
    QCOMPARE(dialog.view()->url().path(), u"/login"_s);
    QWebEnginePage *page = dialog.view()->page();
    QCOMPARE(evaluate(page, u"document.getElementById('login-form') !== null"_s).toBool(), true);

    // The user types into PostHog's own page.
    loads.clear();
    evaluate(page, u"document.getElementById('email').value = %1;"
                   "document.getElementById('password').value = %2;"
                   "document.getElementById('login-form').submit(); true"_s.arg(
                       js(SandboxSessionAuth::demoEmail()), js(SandboxSessionAuth::demoPassword())));
    QVERIFY(loads.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, u"document.getElementById('token-form') !== null"_s).toBool(), true,
                              Timeout);
    QCOMPARE(signedIn.count(), 0); // the two-factor step is still open
    evaluate(page,
             u"document.getElementById('token').value = %1;"
             "document.getElementById('token-form').submit(); true"_s.arg(js(SandboxSessionAuth::demoTotpCode())));
    QVERIFY(signedIn.wait(Timeout));
    QCOMPARE(signedIn.at(0).at(0).toString(), SandboxSessionAuth::demoEmail());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(session.isSignedIn());
    QVERIFY(!session.csrfToken().isEmpty());

    // The kept cookies rename a type; ordinary calls still go with the key.
    ConnectionSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.apiKey = SandboxServer::demoKey();
    settings.maxRetries = 0;
    PostHogClient client(settings);
    client.setSession(&session);
    std::optional<ApiResult<QList<GroupType>>> renamed;
    client.updateGroupTypeMetadata({{1, u"Firm"_s, u"Firms"_s}}, this,
                                   [&](const ApiResult<QList<GroupType>> &result) { renamed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(renamed.has_value(), Timeout);
    QVERIFY2(renamed->ok(), qPrintable(renamed->error.userMessage()));
    QCOMPARE(server.store()->groupTypesJson().at(1).toObject().value(u"name_plural"_s).toString(), u"Firms"_s);
}

int main(int argc, char *argv[])
{
    // Before anything of WebEngine starts: CI runs as root, without a GPU, offscreen.
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-sandbox");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestBrowserSignIn test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_browsersignin.moc"
