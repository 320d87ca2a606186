#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QPointer>

class PostHogClient;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

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

public Q_SLOTS:
    void testConnection();

private:
    void updateHostFields();
    /// Shows a test result or problem and grows the dialog to fit it.
    void setResult(const QString &text);

    ConnectionProfile m_profile;
    QLineEdit *m_name = nullptr;
    QComboBox *m_host = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_project = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browseCa = nullptr;
    QCheckBox *m_allowHttp = nullptr;
    QComboBox *m_color = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<PostHogClient> m_testClient;
};
