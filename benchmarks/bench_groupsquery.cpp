// Query API against REST browsing, side by side in one run (the figures in BENCHMARKS.md):
//   1. requests and wall time to load every group of a type: REST pages vs query pages;
//   2. header click to the first sorted screen: server-side sort (query mode) vs today's
//      load-everything-then-sort (REST mode, sort off the GUI thread);
//   3. the longest GUI-thread stall during each, read three ways: the longest gap between
//      1 ms timer ticks (wall, and the thread's CPU time in a gap), and the longest single
//      event the GUI thread handled (the work one of our handlers did without returning to
//      the event loop, with what it was).
// The sandbox runs on its own thread with --latency-ms (default 50, a real network's round
// trip), so the stall figure measures the client and the model only.
#include "groupsmodel.h"
#include "posthogclient.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <execinfo.h>
#include <functional>
#include <memory>
#include <pthread.h>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// Where a long event spends its time (GROUPDESK_BENCH_STALL_TRACE_MS=N): once one outermost GUI
// event has used more than N ms of the GUI thread's CPU, a watchdog thread signals the GUI thread
// every further 5 ms of its CPU time and the signal handler writes the stack to stderr
// (backtrace_symbols_fd: resolve our frames with addr2line -C -f -e <bench> <offset>). A sampling
// profiler over a ten-minute walk would bury the few long events among a million short ones.
std::atomic<qint64> g_eventStartUs{0}; // GUI-thread CPU time (threadCpuUs()) at the event's start, 0 when idle
qint64 g_traceThresholdUs = 0;
pthread_t g_guiThread;
clockid_t g_guiClock;

qint64 clockUs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

void dumpStack(int /*signal*/)
{
    void *frames[80];
    const int n = backtrace(frames, 80);
    static const char header[] = "--- stall sample ---\n";
    (void)!write(2, header, sizeof header - 1);
    backtrace_symbols_fd(frames, n, 2);
}

void startStallTrace(int thresholdMs)
{
    g_traceThresholdUs = qint64(thresholdMs) * 1000;
    g_guiThread = pthread_self();
    pthread_getcpuclockid(g_guiThread, &g_guiClock);
    void *warm[2];
    backtrace(warm, 2); // loads libgcc before any signal needs it
    std::signal(SIGUSR2, dumpStack);
    std::thread([] {
        qint64 lastSignal = 0;
        for (;;) {
            std::this_thread::sleep_for(std::chrono::microseconds(500));
            const qint64 start = g_eventStartUs.load();
            const qint64 now = clockUs(g_guiClock);
            if (start != 0 && now - start > g_traceThresholdUs && now - lastSignal > 5000) {
                lastSignal = now;
                pthread_kill(g_guiThread, SIGUSR2);
            }
        }
    }).detach();
}

/// The calling thread's time in the kernel (system CPU, page faults included) and its page
/// faults so far, from getrusage(RUSAGE_THREAD): the kernel's share is what memory pressure on
/// the machine adds to a handler (direct reclaim on a fault), which user time does not show.
struct KernelShare
{
    qint64 systemUs = 0;
    long faults = 0;
};

KernelShare kernelShare()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return {qint64(usage.ru_stime.tv_sec) * 1000000 + usage.ru_stime.tv_usec, usage.ru_minflt + usage.ru_majflt};
}

/// CPU time of the calling thread in microseconds (-1 where the clock is missing).
qint64 threadCpuUs()
{
    return clockUs(CLOCK_THREAD_CPUTIME_ID);
}

/// Times every event the GUI thread delivers at the outermost level (a queued slot call, a
/// reply's signal, a timer), in thread CPU time, and keeps the longest with what it was.
/// The tick gaps above also count a batch of many short events (Qt delivers all posted
/// events of one loop iteration together) and, on a loaded machine, time the OS gave away;
/// this is the work one handler did in one go.
class TimedApplication final : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !m_measuring || QThread::currentThread() != thread())
            return QCoreApplication::notify(receiver, event);
        ++m_depth;
        const qint64 before = threadCpuUs();
        const KernelShare kernelBefore = kernelShare();
        if (g_traceThresholdUs > 0)
            g_eventStartUs.store(before); // the same clock the watchdog reads through g_guiClock
        const int type = event->type();
        const char *what = receiver->metaObject()->className();
        const bool result = QCoreApplication::notify(receiver, event);
        const qint64 spent = threadCpuUs() - before;
        g_eventStartUs.store(0);
        --m_depth;
        ++m_events;
        m_over8 += spent > 8000 ? 1 : 0;
        m_over16 += spent > 16000 ? 1 : 0;
        if (spent > m_longestUs) {
            const KernelShare kernelAfter = kernelShare();
            m_longestUs = spent;
            m_longestSystemUs = kernelAfter.systemUs - kernelBefore.systemUs;
            m_longestFaults = kernelAfter.faults - kernelBefore.faults;
            m_what = QString::fromLatin1(what) + u" event "_s + QString::number(type);
        }
        return result;
    }
    void startMeasuring()
    {
        m_longestUs = 0;
        m_longestSystemUs = 0;
        m_longestFaults = 0;
        m_what.clear();
        m_events = 0;
        m_over8 = 0;
        m_over16 = 0;
        m_measuring = true;
    }
    void stopMeasuring() { m_measuring = false; }
    double longestMs() const { return double(m_longestUs) / 1000.0; }
    QString what() const { return m_what; }
    /// Of the longest event: its system (kernel) CPU time in ms, which the kernel accounts in
    /// whole scheduler ticks, so a rough share; and its page faults, an exact count.
    double longestSystemMs() const { return double(m_longestSystemUs) / 1000.0; }
    long longestFaults() const { return m_longestFaults; }
    /// How many outermost events the run had, and how many of them took over 8 and 16 ms:
    /// one long event in a million says something else than a hundred.
    qint64 events() const { return m_events; }
    qint64 over8() const { return m_over8; }
    qint64 over16() const { return m_over16; }

private:
    int m_depth = 0;
    bool m_measuring = false;
    qint64 m_longestUs = 0;
    qint64 m_longestSystemUs = 0;
    long m_longestFaults = 0;
    qint64 m_events = 0;
    qint64 m_over8 = 0;
    qint64 m_over16 = 0;
    QString m_what;
};

/// Measures the longest gap between 1 ms timer ticks: time the GUI thread could not run.
/// Two readings: wall time (what a user sees, but on a loaded machine it includes time the
/// OS gave to other processes) and the GUI thread's own CPU time in that gap (the work it
/// did without returning to the event loop, whatever the machine's load).
class StallMeter
{
public:
    StallMeter()
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(1);
        QObject::connect(&m_ticker, &QTimer::timeout, &m_ticker, [this] {
            m_longest = std::max(m_longest, m_since.restart());
            const qint64 cpu = threadCpuUs();
            m_longestCpuUs = std::max(m_longestCpuUs, cpu - m_cpuAtTick);
            m_cpuAtTick = cpu;
        });
    }
    void start()
    {
        m_longest = 0;
        m_longestCpuUs = 0;
        m_since.start();
        m_cpuAtTick = threadCpuUs();
        m_ticker.start();
        app()->startMeasuring();
    }
    qint64 stop()
    {
        m_ticker.stop();
        app()->stopMeasuring();
        return m_longest;
    }
    /// The longest single event of the last run, and what it was (after stop()).
    static void printLongestEvent()
    {
        std::printf("    longest single event %.1f ms (%s; in the kernel ~%.0f ms, %ld page faults)\n",
                    app()->longestMs(), qPrintable(app()->what()), app()->longestSystemMs(), app()->longestFaults());
        std::printf("    events %lld, over 8 ms %lld, over 16 ms %lld\n", static_cast<long long>(app()->events()),
                    static_cast<long long>(app()->over8()), static_cast<long long>(app()->over16()));
    }
    /// The longest GUI-thread busy slice of the last run, in ms (after stop()).
    double longestCpuMs() const { return double(m_longestCpuUs) / 1000.0; }

private:
    static TimedApplication *app() { return static_cast<TimedApplication *>(QCoreApplication::instance()); }

    QTimer m_ticker;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    qint64 m_cpuAtTick = 0;
    qint64 m_longestCpuUs = 0;
};

struct Figure
{
    qint64 ms = 0;
    int requests = 0;
    qint64 stallMs = 0;
    double busyMs = 0;
    int rows = 0;
};

/// Runs the event loop until `done` returns true (checked on every model signal we wait for).
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"GroupsQuery vs REST benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption groupsOption(u"groups"_s, u"Groups of type 0."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption latencyOption(u"latency-ms"_s, u"Sandbox delay per response."_s, u"ms"_s, u"50"_s);
    const QCommandLineOption skipRestOption(u"skip-rest-load"_s,
                                            u"Do not load everything through REST (1,000,000 groups take ~15 min)."_s);
    // The sandbox (not the client) makes a query Load all of a million groups slow: it builds
    // and scans every seeded row for each 5,000-row page, where ClickHouse reads an index.
    const QCommandLineOption skipQueryLoadOption(u"skip-query-load"_s,
                                                 u"Do not load everything through queries (slow in the sandbox at "
                                                 u"1,000,000 groups)."_s);
    parser.addOptions({groupsOption, latencyOption, skipRestOption, skipQueryLoadOption});
    parser.process(app);
    const int groups = parser.value(groupsOption).toInt();
    if (const int traceMs = qEnvironmentVariableIntValue("GROUPDESK_BENCH_STALL_TRACE_MS"); traceMs > 0)
        startStallTrace(traceMs);

    SandboxOptions options;
    options.groupTypeCount = 1;
    options.groupsPerType = groups;
    options.latencyMs = parser.value(latencyOption).toInt();
    auto server = std::make_unique<SandboxServer>(options);
    QThread serverThread;
    server->moveToThread(&serverThread);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server.get(), [&] { port = server->listen(); }, Qt::BlockingQueuedConnection);
    const auto requests = [&] {
        int count = 0;
        QMetaObject::invokeMethod(
            server.get(), [&] { count = server->requestCount(); }, Qt::BlockingQueuedConnection);
        return count;
    };

    ConnectionSettings settings;
    settings.baseUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(port));
    settings.apiKey = SandboxServer::demoKey();
    settings.requestsPerMinute = 1000000; // the sandbox does not throttle; measure paging itself
    settings.timeout = std::chrono::seconds(600);
    PostHogClient client(settings);
    StallMeter stall;
    const int timeout = 3600 * 1000;

    const auto loadAll = [&](GroupsModel &model) {
        Figure f;
        const int before = requests();
        bool finished = false;
        QObject::connect(&model, &GroupsModel::loadAllFinished, &app, [&] { finished = true; });
        QElapsedTimer wall;
        stall.start();
        wall.start();
        model.setGroupType(0, {u"seats"_s});
        model.loadAll();
        waitUntil([&] { return finished; }, timeout);
        f.ms = wall.elapsed();
        f.stallMs = stall.stop();
        f.busyMs = stall.longestCpuMs();
        f.requests = requests() - before;
        f.rows = model.loadedCount();
        return f;
    };
    const auto firstScreen = [&](GroupsModel &model) {
        model.setGroupType(0, {u"seats"_s});
        waitUntil([&] { return model.loadedCount() > 0 && !model.isLoading(); }, timeout);
    };

    std::printf("groups %d, sandbox latency %d ms\n", groups, options.latencyMs);

    // 1. Load everything.
    Figure restLoad;
    if (!parser.isSet(skipRestOption)) {
        GroupsModel rest(&client, nullptr);
        rest.setForceRest(true);
        restLoad = loadAll(rest);
        std::printf("load all, REST:   %7d requests %9lld ms  longest stall %4lld ms (busy %.1f ms)  rows %d\n",
                    restLoad.requests, static_cast<long long>(restLoad.ms), static_cast<long long>(restLoad.stallMs),
                    restLoad.busyMs, restLoad.rows);
        StallMeter::printLongestEvent();
    }
    if (!parser.isSet(skipQueryLoadOption)) {
        GroupsModel query(&client, nullptr);
        const Figure f = loadAll(query);
        std::printf("load all, query:  %7d requests %9lld ms  longest stall %4lld ms (busy %.1f ms)  rows %d\n",
                    f.requests, static_cast<long long>(f.ms), static_cast<long long>(f.stallMs), f.busyMs, f.rows);
        StallMeter::printLongestEvent();
    }

    // 2. Header click on "seats" (numeric) to the first sorted screen.
    {
        GroupsModel query(&client, nullptr);
        firstScreen(query);
        const int before = requests();
        QElapsedTimer wall;
        stall.start();
        wall.start();
        query.sort(GroupsModel::ColumnFixedCount, Qt::DescendingOrder);
        waitUntil([&] { return query.loadedCount() > 0 && !query.isLoading(); }, timeout);
        const qint64 ms = wall.elapsed();
        const qint64 stallMs = stall.stop();
        std::printf(
            "sort click, query (server sort):       %9lld ms  %d requests  longest stall %4lld ms (busy %.1f ms)\n",
            static_cast<long long>(ms), requests() - before, static_cast<long long>(stallMs), stall.longestCpuMs());
        StallMeter::printLongestEvent();
    }
    if (!parser.isSet(skipRestOption)) {
        // Today: the rows are not all there yet, so the click means Load all, then sort.
        GroupsModel rest(&client, nullptr);
        rest.setForceRest(true);
        firstScreen(rest);
        bool sorted = false;
        bool finished = false;
        QObject::connect(&rest, &GroupsModel::sortFinished, &app, [&] { sorted = true; });
        QObject::connect(&rest, &GroupsModel::loadAllFinished, &app, [&] { finished = true; });
        const int before = requests();
        QElapsedTimer wall;
        stall.start();
        wall.start();
        rest.loadAll();
        waitUntil([&] { return finished; }, timeout);
        const qint64 loadMs = wall.elapsed();
        rest.sort(GroupsModel::ColumnFixedCount, Qt::DescendingOrder);
        waitUntil([&] { return sorted; }, timeout);
        const qint64 ms = wall.elapsed();
        const qint64 stallMs = stall.stop();
        std::printf("sort click, REST (load all, then sort): %9lld ms (sort alone %lld ms)  %d requests  longest stall "
                    "%4lld ms (busy %.1f ms)\n",
                    static_cast<long long>(ms), static_cast<long long>(ms - loadMs), requests() - before,
                    static_cast<long long>(stallMs), stall.longestCpuMs());
        StallMeter::printLongestEvent();
    }

    QMetaObject::invokeMethod(
        server.get(), [&] { server.reset(); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
