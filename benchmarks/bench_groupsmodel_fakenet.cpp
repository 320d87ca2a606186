// GroupsModel loadAll() with the network faked at the QNAM seam (no HTTP, no server):
// the cost of the client's parsing plus the model's storage alone. Complements
// bench_groupsmodel (real loopback HTTP to the sandbox). Default 1,000,000 groups.
#include "fakenetworkaccessmanager.h"
#include "groupsmodel.h"
#include "groupsortfilterproxy.h"
#include "posthogclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
long statusKiB(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

/// One page of 100 groups with four typical properties, cursor = offset.
FakeResponse page(const QUrl &url, int total)
{
    const int offset = QUrlQuery(url).queryItemValue(u"cursor"_s).toInt();
    QJsonArray results;
    for (int i = offset; i < total && i < offset + 100; ++i) {
        QJsonObject properties;
        properties.insert(u"name"_s, QString(u"Group "_s + QString::number(i)));
        properties.insert(u"industry"_s, u"finance"_s);
        properties.insert(u"seats"_s, i % 500);
        properties.insert(u"plan"_s, u"enterprise"_s);
        QJsonObject group;
        group.insert(u"group_type_index"_s, 0);
        group.insert(u"group_key"_s, QString(u"org:"_s + QString::number(i)));
        group.insert(u"group_properties"_s, properties);
        group.insert(u"created_at"_s, u"2024-05-01T11:00:00Z"_s);
        results.append(group);
    }
    QJsonObject body;
    body.insert(u"results"_s, results);
    body.insert(u"previous"_s, QJsonValue::Null);
    if (offset + 100 < total) {
        body.insert(u"next"_s, QString(u"http://127.0.0.1:9/api/projects/1/groups/?group_type_index=0&cursor="_s
                                       + QString::number(offset + 100)));
    } else {
        body.insert(u"next"_s, QJsonValue::Null);
    }
    return FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"GroupsModel loadAll benchmark, fake network"_s);
    parser.addHelpOption();
    const QCommandLineOption groupsOption(u"groups"_s, u"Number of groups to load."_s, u"n"_s, u"1000000"_s);
    parser.addOption(groupsOption);
    parser.process(app);
    const int total = parser.value(groupsOption).toInt();

    FakeNetworkAccessManager nam;
    nam.setHandler([total](const FakeNetworkAccessManager::Request &r) { return page(r.url, total); });
    ConnectionSettings settings;
    settings.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    settings.projectId = u"1"_s;
    settings.apiKey = u"phx_bench"_s;
    settings.requestsPerMinute = 100000000;
    PostHogClient client(settings, &nam);
    GroupsModel model(&client, nullptr);
    const long rssBefore = statusKiB("VmRSS:");

    QElapsedTimer wall;
    QElapsedTimer sinceTick;
    qint64 longestStallMs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &app,
                     [&]() { longestStallMs = std::max(longestStallMs, sinceTick.restart()); });
    int exitCode = 0;
    QObject::connect(&model, &GroupsModel::loadAllFinished, &app, [&](bool cancelled) {
        const qint64 ms = wall.elapsed();
        std::printf("groups            %d (loaded %d)\n", total, model.loadedCount());
        std::printf("loadAll wall time %lld ms (%.0f groups/s)\n", static_cast<long long>(ms),
                    ms > 0 ? total * 1000.0 / static_cast<double>(ms) : 0.0);
        std::printf("longest stall     %lld ms (includes building each fake page on this thread)\n",
                    static_cast<long long>(longestStallMs));
        std::printf("RSS before load   %ld KiB\n", rssBefore);
        std::printf("RSS after load    %ld KiB\n", statusKiB("VmRSS:"));
        std::printf("peak RSS (VmHWM)  %ld KiB\n", statusKiB("VmHWM:"));
        if (cancelled || model.loadedCount() != total)
            exitCode = 2;
        // Sorting what is loaded happens on the GUI thread in one go: the time is the stall.
        GroupSortFilterProxy proxy;
        proxy.setSourceModel(&model);
        const QList<QPair<int, const char *>> columns = {{GroupsModel::DisplayName, "name (text)"},
                                                         {GroupsModel::FirstSeen, "first seen (date)"},
                                                         {GroupsModel::ColumnFixedCount, "seats (number)"}};
        for (const auto &[column, label] : columns) {
            QElapsedTimer sortTimer;
            sortTimer.start();
            proxy.sort(column, Qt::DescendingOrder);
            std::printf("sort by %-17s %lld ms\n", label, static_cast<long long>(sortTimer.elapsed()));
        }
        app.quit();
    });
    QTimer::singleShot(0, &app, [&]() {
        wall.start();
        sinceTick.start();
        ticker.start();
        model.setGroupType(0, {u"seats"_s});
        model.loadAll();
    });
    app.exec();
    return exitCode;
}
