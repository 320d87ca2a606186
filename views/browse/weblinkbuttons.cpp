#include "weblinkbuttons.h"

#include "posthogclient.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QPushButton>

namespace {
/// The project part of a web UI path, or empty when the web UI cannot take it.
QString numericProject(const QString &projectId)
{
    bool ok = false;
    projectId.toLongLong(&ok);
    return ok ? projectId : QString();
}

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    // A self-hosted server may live under a path prefix (https://example.org/posthog).
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path, QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}
} // namespace

WebLinkButtons::WebLinkButtons(PostHogClient *client, const QString &what, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_open(new QPushButton(tr("Open in PostHog"), this))
    , m_copy(new QPushButton(tr("Copy link"), this))
{
    m_open->setAccessibleName(tr("Open %1 in PostHog").arg(what));
    m_open->setToolTip(tr("Open %1 in the PostHog web app").arg(what));
    m_open->setObjectName(QStringLiteral("openInPostHog"));
    m_copy->setAccessibleName(tr("Copy link to %1").arg(what));
    m_copy->setToolTip(tr("Copy the PostHog web address of %1").arg(what));
    m_copy->setObjectName(QStringLiteral("copyLink"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_open);
    layout->addWidget(m_copy);
    layout->addStretch(1);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_url.isValid())
            QDesktopServices::openUrl(m_url);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_url.isValid())
            return;
        QApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
        Q_EMIT copied(m_url);
    });
    setUrl(QUrl());
}

WebLinkButtons::~WebLinkButtons() = default;

QUrl WebLinkButtons::groupUrl(const QUrl &base, const QString &projectId, int typeIndex, const QString &key)
{
    const QString project = numericProject(projectId);
    if (!base.isValid() || project.isEmpty() || typeIndex < 0 || key.isEmpty())
        return {};
    // The key is one path segment: "/" and "%" in it must not make new segments.
    const QString segment = QString::fromLatin1(QUrl::toPercentEncoding(key));
    return withPath(base, QStringLiteral("/project/%1/groups/%2/%3").arg(project).arg(typeIndex).arg(segment));
}

QUrl WebLinkButtons::dashboardUrl(const QUrl &base, const QString &projectId, int dashboardId)
{
    const QString project = numericProject(projectId);
    if (!base.isValid() || project.isEmpty() || dashboardId <= 0)
        return {};
    return withPath(base, QStringLiteral("/project/%1/dashboard/%2").arg(project).arg(dashboardId));
}

void WebLinkButtons::setGroup(int typeIndex, const QString &key)
{
    setUrl(m_client ? groupUrl(m_client->settings().baseUrl, m_client->projectId(), typeIndex, key) : QUrl());
}

void WebLinkButtons::setDashboard(int dashboardId)
{
    setUrl(m_client ? dashboardUrl(m_client->settings().baseUrl, m_client->projectId(), dashboardId) : QUrl());
}

void WebLinkButtons::clear()
{
    setUrl(QUrl());
}

void WebLinkButtons::setUrl(const QUrl &url)
{
    m_url = url;
    m_open->setEnabled(url.isValid());
    m_copy->setEnabled(url.isValid());
}
