#include "windowharness.h"

#include "activitymodel.h"
#include "browseworkspace.h"
#include "connectionsession.h"
#include "groupdetailpane.h"
#include "groupsmodel.h"
#include "groupstablepanel.h"
#include "grouptypesmodel.h"
#include "mainwindow.h"
#include "relatedactorsmodel.h"
#include "usagemetricvaluesmodel.h"

#include <QDeadlineTimer>
#include <QTest>

namespace {
/// What is left of `deadline` for QTest::qWaitFor (which takes an int of milliseconds).
int remaining(const QDeadlineTimer &deadline)
{
    return int(qMax<qint64>(0, deadline.remainingTime()));
}
} // namespace

ConnectionSettings WindowHarness::settings(const QUrl &baseUrl, const QString &apiKey)
{
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.apiKey = apiKey;
    settings.maxRetries = 0;
    settings.requestsPerMinute = 1000000;
    return settings;
}

bool WindowHarness::show(MainWindow &window, bool activate)
{
    window.show();
    if (!activate)
        return QTest::qWaitForWindowExposed(&window);
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

bool WindowHarness::waitForFirstGroup(MainWindow &window, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    if (!QTest::qWaitFor([&window] { return window.session()->groupTypes()->rowCount() > 0; }, remaining(deadline)))
        return false;
    window.selectFirstGroupWhenLoaded();
    return QTest::qWaitFor([&window] { return window.workspace()->detailPane()->hasGroup(); }, remaining(deadline));
}

bool WindowHarness::waitIdle(MainWindow &window, int timeoutMs, const std::function<int()> &requestCount)
{
    const QDeadlineTimer deadline(timeoutMs);
    const auto modelsIdle = [&window] {
        const GroupsModel *groups = window.workspace()->groupsPanel()->model();
        const GroupDetailPane *detail = window.workspace()->detailPane();
        return !groups->isLoading() && !groups->isSorting() && !detail->relatedModel()->isLoading()
               && !detail->activityModel()->isLoading() && !detail->metricValuesModel()->isLoading();
    };
    if (!QTest::qWaitFor(modelsIdle, remaining(deadline)))
        return false;
    if (!requestCount)
        return true;
    // Five looks 200 ms apart without a new request; an answer that starts another read
    // restarts the count.
    int before = -1;
    for (int stable = 0; stable < 5;) {
        if (deadline.hasExpired())
            return false;
        const int now = requestCount();
        stable = now == before ? stable + 1 : 0;
        before = now;
        QTest::qWait(200);
    }
    return modelsIdle();
}
