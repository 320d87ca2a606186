// Loads N groups (default 100,000) from an in-process sandbox into GroupsModel with
// loadAll() and reports wall time, peak RSS and the longest GUI-thread event-loop stall.
//
// The sandbox runs on its own thread by default so the stall figure measures the client
// and the model, not the server's JSON generation (--same-thread puts it back on the GUI
// thread, as the tests do).
#include "groupsmodel.h"
#include "posthogclient.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
/// Peak resident set size in KiB (VmHWM), falling back to getrusage.
long peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

long currentRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"GroupsModel loadAll benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption groupsOption(u"groups"_s, u"Number of groups to load."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption sameThreadOption(u"same-thread"_s, u"Run the sandbox on the GUI thread."_s);
    parser.addOption(groupsOption);
    parser.addOption(sameThreadOption);
    parser.process(app);
    const int groups = parser.value(groupsOption).toInt();
    const bool sameThread = parser.isSet(sameThreadOption);

    QElapsedTimer seedTimer;
    seedTimer.start();
    SandboxOptions options;
    options.groupTypeCount = 1;
    options.groupsPerType = groups;
    auto server = std::make_unique<SandboxServer>(options);
    const qint64 seedMs = seedTimer.elapsed();
    QThread serverThread;
    quint16 port = 0;
    if (sameThread) {
        port = server->listen();
    } else {
        server->moveToThread(&serverThread);
        serverThread.start();
        QMetaObject::invokeMethod(
            server.get(), [&]() { port = server->listen(); }, Qt::BlockingQueuedConnection);
    }
    if (port == 0) {
        std::fprintf(stderr, "sandbox failed to listen\n");
        return 1;
    }
    const long rssBeforeKiB = currentRssKiB();

    ConnectionSettings settings;
    settings.baseUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(port));
    settings.apiKey = SandboxServer::demoKey();
    settings.requestsPerMinute = 1000000; // measure the model, not the client's rate limiter
    PostHogClient client(settings);
    GroupsModel model(&client, nullptr);
    model.setForceRest(true); // this benchmark measures REST paging (bench_groupsquery compares)

    // A 1 ms timer: any gap well above 1 ms is time the GUI thread could not run events.
    QElapsedTimer sinceTick;
    qint64 longestStallMs = 0;
    qint64 stallsOver16 = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&]() {
        const qint64 gap = sinceTick.restart();
        longestStallMs = std::max(longestStallMs, gap);
        if (gap > 16)
            ++stallsOver16;
    });

    QElapsedTimer wall;
    int exitCode = 0;
    QObject::connect(&model, &GroupsModel::loadAllFinished, &app, [&](bool cancelled) {
        const qint64 wallMs = wall.elapsed();
        ticker.stop();
        QSet<QString> keys;
        for (int row = 0; row < model.rowCount(); ++row)
            keys.insert(model.group(row).key);
        const bool complete = !cancelled && model.loadedCount() == groups && keys.size() == groups;
        std::printf("groups            %d (loaded %d, unique %lld)\n", groups, model.loadedCount(),
                    static_cast<long long>(keys.size()));
        std::printf("sandbox           %s\n", sameThread ? "GUI thread" : "own thread");
        std::printf("seed time         %lld ms\n", static_cast<long long>(seedMs));
        std::printf("loadAll wall time %lld ms (%.0f groups/s)\n", static_cast<long long>(wallMs),
                    wallMs > 0 ? groups * 1000.0 / static_cast<double>(wallMs) : 0.0);
        std::printf("longest stall     %lld ms (gaps > 16 ms: %lld)\n", static_cast<long long>(longestStallMs),
                    static_cast<long long>(stallsOver16));
        std::printf("RSS before load   %ld KiB\n", rssBeforeKiB);
        std::printf("RSS after load    %ld KiB\n", currentRssKiB());
        std::printf("peak RSS (VmHWM)  %ld KiB\n", peakRssKiB());
        if (!complete) {
            std::printf("INCOMPLETE: %s\n", qPrintable(model.lastError().userMessage()));
            exitCode = 2;
        }
        app.quit();
    });
    QObject::connect(&model, &GroupsModel::errorOccurred, &app, [&](const ApiError &error) {
        std::fprintf(stderr, "page failed: %s\n", qPrintable(error.userMessage()));
    });

    QTimer::singleShot(0, &app, [&]() {
        sinceTick.start();
        ticker.start();
        wall.start();
        model.setGroupType(0);
        model.loadAll();
    });
    app.exec();

    if (!sameThread) {
        QMetaObject::invokeMethod(
            server.get(), [&]() { server.reset(); }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    }
    return exitCode;
}
