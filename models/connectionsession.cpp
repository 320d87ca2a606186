#include "connectionsession.h"

#include "apierror.h"
#include "editservice.h"
#include "grouptypesmodel.h"
#include "posthogclient.h"

ConnectionSession::ConnectionSession(const ConnectionSettings &settings, QString profileId, QString profileName,
                                     QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_client(new PostHogClient(settings, nam, this))
    , m_edits(new EditService(m_client, this))
    , m_groupTypes(new GroupTypesModel(m_client, m_edits, this))
    , m_profileId(std::move(profileId))
    , m_profileName(std::move(profileName))
{ }

ConnectionSession::~ConnectionSession()
{
    // Drop every pending callback before the models go away.
    m_client->cancelAll(this);
}

void ConnectionSession::start()
{
    // The project id may be "@current": resolve it first so every later path is numeric
    // and the window title can name the project.
    m_client->resolveProject(this, [this](const ApiResult<ProjectInfo> &result) {
        if (!result.ok()) {
            if (result.error.kind() == ApiError::Kind::MissingScope
                && m_client->projectId() == QLatin1String("@current")) {
                // Without project:read there is no way to learn the numeric id, and @current
                // follows the project last opened in the web app, even mid-session.
                ApiError explained(ApiError::Kind::MissingScope,
                                   tr("This key cannot read the project (scope project:read), so GroupDesk works in "
                                      "PostHog's current project: the one last opened in the PostHog web app. "
                                      "Enter the numeric project id in the connection settings to pin it."),
                                   result.error.httpStatus());
                explained.setDetail(result.error.detail());
                Q_EMIT startFailed(explained);
            } else {
                Q_EMIT startFailed(result.error);
            }
            // A key scoped to groups only may not read the project itself; "@current" or the
            // configured id still work in paths, so browsing goes on (the banner says why
            // the title has no project name).
            if (result.error.kind() == ApiError::Kind::MissingScope)
                m_groupTypes->reload();
            return;
        }
        m_project = result.value;
        Q_EMIT projectResolved(m_project);
        m_groupTypes->reload();
    });
}
