#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class PostHogClient;
class QAction;

namespace Ui {
class ProfileDialog;
}

/**
 * Creates or edits a connection profile: name, host (US / EU / self-hosted URL), project
 * id, extra CA file, plain-http allowance, colour tag and the API key. The key is only
 * returned to the caller, which stores it in the keychain, never in settings.
 * "Test connection" runs PostHogClient::checkConnection() and shows the project's name
 * and which scopes work, with advice.
 */
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    explicit ProfileDialog(const ConnectionProfile &profile, const QString &apiKey, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    ConnectionProfile profile() const;
    QString apiKey() const;

    void accept() override;
    /// Offers "Sign in to PostHog…" (the open connection's web session, issue 19) here too.
    void addSignInAction(QAction *action);

public Q_SLOTS:
    void testConnection();

private:
    void updateHostFields();
    /// Shows a test result or problem and grows the dialog to fit it.
    void setResult(const QString &text);

    ConnectionProfile m_profile;
    std::unique_ptr<Ui::ProfileDialog> m_ui;
    QPointer<PostHogClient> m_testClient;
};
