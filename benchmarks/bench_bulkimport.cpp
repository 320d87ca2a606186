// Bulk import figures for BENCHMARKS.md (not a test):
//   bench_bulkimport dry-run [--rows 10000] [--groups 100000] [--source find|query]
//     parses a CSV of N rows (90% existing keys, 10% new), reads the current values from an
//     in-process sandbox, plans, and prints each step's time and peak RSS. `find`: one
//     groups/find per key (client-side limiter lifted: loopback), plus the time the same read
//     takes at the default budget of 420 requests a minute. `query`: a few GroupsQuery
//     requests (`key IN (...)`) through the client's own query limiter (240 a minute).
//   bench_bulkimport apply [--writes 2000]
//     applies N property writes with the client's default rate limiter (420/minute) against a
//     sandbox that throttles at PostHog's 480/minute, and prints writes per minute achieved.
#include "editservice.h"
#include "findcurrentvaluessource.h"
#include "importapplier.h"
#include "importjournal.h"
#include "importmapping.h"
#include "importplanner.h"
#include "posthogclient.h"
#include "querycurrentvaluessource.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "tableparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
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

int intArg(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

ConnectionSettings settingsFor(const SandboxServer &server)
{
    ConnectionSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.projectId = u"@current"_s;
    settings.apiKey = SandboxServer::demoKey();
    return settings;
}

int dryRun(int rows, int groups, bool byQuery)
{
    SandboxOptions options;
    options.groupTypeCount = 1;
    options.groupsPerType = groups;
    SandboxServer server(options);
    if (server.listen() == 0)
        return 1;
    const SandboxStore::Page page = server.store()->listGroups(0, QString(), QString(), std::nullopt, rows);
    QString csv = u"key,plan,seats,vip\n"_s;
    const int existing = rows * 9 / 10;
    for (int i = 0; i < rows; ++i) {
        const QString key = i < existing && i < page.results.size()
                                ? page.results.at(i).toObject().value(u"group_key"_s).toString()
                                : u"bench-new-%1"_s.arg(i);
        QString quoted = key;
        quoted.replace(u"\""_s, u"\"\""_s);
        csv += u"\"%1\",%2,%3,%4\n"_s.arg(quoted, i % 3 ? u"pro"_s : u"free"_s)
                   .arg(i % 50)
                   .arg(i % 2 ? u"true"_s : u"false"_s);
    }
    QElapsedTimer timer;
    timer.start();
    const TableParser::Table table = TableParser::parse(csv);
    const ImportMapping mapping = ImportMapping::fromTable(table);
    const QList<DesiredGroup> desired = ImportPlanner::desired(table, mapping);
    const qint64 parseMs = timer.restart();

    ConnectionSettings settings = settingsFor(server);
    settings.requestsPerMinute = 1000000;
    settings.requestsPerHour = 0;
    PostHogClient client(settings);
    std::unique_ptr<CurrentValuesSource> source;
    if (byQuery)
        source = std::make_unique<QueryCurrentValuesSource>(&client);
    else
        source = std::make_unique<FindCurrentValuesSource>(&client);
    CurrentValues values;
    bool done = false;
    QObject::connect(source.get(), &CurrentValuesSource::finished, [&](const CurrentValues &v) {
        values = v;
        done = true;
    });
    const QStringList keys = ImportPlanner::keysToRead(desired);
    const qsizetype logMark = server.requestLog().size();
    source->start(0, keys);
    if (!QTest::qWaitFor([&done] { return done; }, 3600000))
        return 2;
    const qint64 readMs = timer.restart();
    const qsizetype readRequests = server.requestLog().size() - logMark;
    const ImportPlan plan = ImportPlanner::plan(0, desired, values);
    const qint64 planMs = timer.restart();
    qint64 warmMs = -1;
    if (byQuery) {
        // Again: the sandbox derived its property definitions from all groups during the
        // first read (PostHog keeps them in a table), so the second read is the query alone.
        done = false;
        timer.restart();
        source->start(0, keys);
        if (!QTest::qWaitFor([&done] { return done; }, 3600000))
            return 2;
        warmMs = timer.elapsed();
    }

    ConnectionSettings defaults = settingsFor(server);
    PostHogClient paced(defaults);
    FindCurrentValuesSource estimate(&paced);
    std::printf("rows %d, groups on server %d\n", rows, groups);
    std::printf("parse + map + validate   %lld ms\n", static_cast<long long>(parseMs));
    if (byQuery) {
        std::printf("read %lld keys (query)  %lld ms on loopback, %lld requests (%s)\n",
                    static_cast<long long>(keys.size()), static_cast<long long>(readMs),
                    static_cast<long long>(readRequests),
                    source->method() == CurrentValuesSource::Method::Query ? "query API" : "fell back to find");
        std::printf("the same read again      %lld ms (sandbox's property definitions cached)\n",
                    static_cast<long long>(warmMs));
    } else {
        std::printf("read %lld keys (find)   %lld ms on loopback, unthrottled\n", static_cast<long long>(keys.size()),
                    static_cast<long long>(readMs));
        std::printf("same read at 420/min     %lld s (estimate shown to the user)\n",
                    static_cast<long long>(estimate.estimate(static_cast<int>(keys.size())).count()));
    }
    std::printf("plan                     %lld ms\n", static_cast<long long>(planMs));
    std::printf("plan: create %d update %d unchanged %d invalid %d, writes %lld\n",
                plan.count(PlannedGroup::Action::Create), plan.count(PlannedGroup::Action::Update),
                plan.count(PlannedGroup::Action::Unchanged), plan.count(PlannedGroup::Action::Invalid),
                static_cast<long long>(plan.writes().size()));
    std::printf("unreadable %lld\n", static_cast<long long>(values.unreadable.size()));
    std::printf("peak RSS (VmHWM)         %ld KiB\n", peakRssKiB());
    return 0;
}

int apply(int writes)
{
    SandboxOptions options;
    options.groupTypeCount = 1;
    options.groupsPerType = 10;
    options.ratePerMinute = 480; // PostHog's burst limit per key
    SandboxServer server(options);
    if (server.listen() == 0)
        return 1;
    QList<WriteOp> ops;
    for (int i = 0; i < writes; ++i) {
        const QString key = u"bench-%1"_s.arg(i / 4);
        if (i % 4 == 0)
            server.store()->createGroup(0, key, {});
        ops.append({i + 1, WriteOp::Kind::Set, key, u"p%1"_s.arg(i % 4), i, {}, std::nullopt});
    }
    QTemporaryDir dir;
    auto journal = std::make_unique<ImportJournal>();
    QString error;
    if (!journal->create(dir.filePath(u"j.jsonl"_s), 0, u"bench"_s, ops, &error))
        return 3;
    PostHogClient client(settingsFor(server)); // default limiter: 420 starts a minute
    int throttled = 0;
    QObject::connect(&client, &PostHogClient::throttled, [&throttled](int) { ++throttled; });
    EditService edits(&client);
    ImportApplier applier(&edits);
    QElapsedTimer timer;
    timer.start();
    applier.start(std::move(journal));
    if (!QTest::qWaitFor([&applier] { return applier.state() == ImportApplier::State::Finished; }, 3600000))
        return 4;
    const double minutes = static_cast<double>(timer.elapsed()) / 60000.0;
    std::printf("writes %d done %d failed %lld in %.2f min\n", writes, applier.doneCount(),
                static_cast<long long>(applier.failures().size()), minutes);
    std::printf("achieved %.1f writes/minute (applier's own figure %.1f); PostHog allows 480/minute\n",
                writes / minutes, applier.writesPerMinute());
    std::printf("server 429 answers seen %d\n", throttled);
    std::printf("peak RSS (VmHWM) %ld KiB\n", peakRssKiB());
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(u"apply"_s))
        return apply(intArg(args, u"--writes"_s, 2000));
    const qsizetype source = args.indexOf(u"--source"_s);
    const bool byQuery = source >= 0 && source + 1 < args.size() && args.at(source + 1) == u"query"_s;
    return dryRun(intArg(args, u"--rows"_s, 10000), intArg(args, u"--groups"_s, 100000), byQuery);
}
