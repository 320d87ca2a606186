#pragma once

#include "connectionsettings.h"
#include "projectinfo.h"

#include <QObject>
#include <QString>

class ApiError;
class EditService;
class GroupTypesModel;
class PostHogClient;
class QNetworkAccessManager;

/**
 * Everything that belongs to one open connection: the PostHogClient, the EditService and
 * the GroupTypesModel shared by every panel of the main window.
 *
 * Switching profiles destroys the session and builds a new one, so no reply of the old
 * connection can reach the new panels (their context objects are gone).
 */
class ConnectionSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSession)

public:
    /// `profileId` is empty for connections without a saved profile (--demo, --host).
    /// `nam` is for tests (the QNAM seam); null = the client's own.
    explicit ConnectionSession(const ConnectionSettings &settings, QString profileId, QString profileName,
                               QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~ConnectionSession() override;

    PostHogClient *client() const { return m_client; }
    EditService *edits() const { return m_edits; }
    GroupTypesModel *groupTypes() const { return m_groupTypes; }

    QString profileId() const { return m_profileId; }
    QString profileName() const { return m_profileName; }
    /// The project's name once resolved, else empty.
    QString projectName() const { return m_project.name; }

    /// Resolves the project, then loads the group types.
    void start();

Q_SIGNALS:
    void projectResolved(const ProjectInfo &project);
    void startFailed(const ApiError &error);

private:
    PostHogClient *m_client = nullptr;
    EditService *m_edits = nullptr;
    GroupTypesModel *m_groupTypes = nullptr;
    QString m_profileId;
    QString m_profileName;
    ProjectInfo m_project;
};
