#pragma once

#include <QPointer>
#include <QUrl>
#include <QWidget>

class PostHogClient;
class QPushButton;

/**
 * "Open in PostHog" and "Copy link" for what the window shows: the web UI's own addresses on
 * the connection's host and project, so a group or dashboard found here can be shared or
 * continued in the browser. Disabled until something is set (or while the project id is
 * still "@current", which the web UI does not take in a path).
 */
class WebLinkButtons final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebLinkButtons)

public:
    explicit WebLinkButtons(PostHogClient *client, const QString &what, QWidget *parent = nullptr);
    ~WebLinkButtons() override;

    /// The web UI's group page: <host>/project/<id>/groups/<type index>/<key>.
    static QUrl groupUrl(const QUrl &base, const QString &projectId, int typeIndex, const QString &key);
    /// The web UI's dashboard page: <host>/project/<id>/dashboard/<dashboard id>.
    static QUrl dashboardUrl(const QUrl &base, const QString &projectId, int dashboardId);

    void setGroup(int typeIndex, const QString &key);
    void setDashboard(int dashboardId);
    void clear();
    /// The address the buttons open and copy (invalid when none).
    QUrl url() const { return m_url; }

    QPushButton *openButton() const { return m_open; }
    QPushButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    /// The link went to the clipboard (the window may say so in its status bar).
    void copied(const QUrl &url);

private:
    void setUrl(const QUrl &url);

    QPointer<PostHogClient> m_client;
    QUrl m_url;
    QPushButton *m_open = nullptr;
    QPushButton *m_copy = nullptr;
};
