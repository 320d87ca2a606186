#pragma once

#include "connectionsettings.h"

#include <QString>
#include <QUrl>

#include <functional>

class MainWindow;

/**
 * The steps every test of the real main window takes to open it and to wait for it to settle,
 * shared so that a change in how the window starts up is followed in one place.
 *
 * The functions wait by turning the event loop and return false on a timeout; tests wrap them
 * in QVERIFY. Use them on the GUI thread.
 */
class WindowHarness final
{
public:
    WindowHarness() = delete;

    /// Connection settings for a test server: no retries (a failure shows at once) and no
    /// client-side pacing (a test makes bursts no user makes).
    static ConnectionSettings settings(const QUrl &baseUrl, const QString &apiKey);

    /// Shows `window` and waits until it is exposed, or active with `activate` (keyboard tests).
    static bool show(MainWindow &window, bool activate = false);

    /// Waits until the connection's group types are loaded, selects the first group once its
    /// groups are, and waits until the detail pane shows it.
    static bool waitForFirstGroup(MainWindow &window, int timeoutMs);

    /**
     * Waits until the window has nothing in flight: the groups table neither loads nor sorts
     * and the detail pane's related, activity and metric reads are over. With `requestCount`
     * (the server's count of requests), also until it stays the same for a second: reads the
     * models do not track (project, metrics, type metadata) are over too, so that a test can
     * count the requests of its own action.
     */
    static bool waitIdle(MainWindow &window, int timeoutMs, const std::function<int()> &requestCount = {});
};
