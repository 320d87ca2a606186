#pragma once

#include <QWidget>

class ApiError;
class QLabel;
class QPushButton;

/**
 * What the window shows instead of empty tables when a connection cannot start (server
 * down, key refused, project unknown or not accessible): what failed, in plain words, what
 * to do about it, and two ways on: Retry (also F5 / View → Refresh) and Connection settings….
 * A connection that has no API key lives on its PostHog sign-in: when the server refuses it,
 * the page speaks of the sign-in and offers a third way, Sign in to PostHog….
 */
class ConnectionFailurePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionFailurePage)

public:
    explicit ConnectionFailurePage(QWidget *parent = nullptr);
    ~ConnectionFailurePage() override;

    /// Errors that leave nothing to browse: the page is the right place for them. A missing
    /// scope is not one (browsing may go on; the banner explains it).
    static bool isFatal(const ApiError &error);
    /// How the failed connection authenticated: what a 401 means depends on it.
    enum class Credential
    {
        ApiKey,
        SignIn,    ///< no API key: the saved PostHog web sign-in served every call
        NoneGiven, ///< neither a key nor a sign-in
    };

    /// One heading-like sentence of what failed, for `host` and `project`.
    static QString headline(const ApiError &error, const QString &host, const QString &project,
                            Credential credential = Credential::ApiKey);
    /// What to do about it.
    static QString advice(const ApiError &error, Credential credential = Credential::ApiKey);

    void showFailure(const ApiError &error, const QString &host, const QString &project,
                     Credential credential = Credential::ApiKey);
    QString headlineText() const;
    QString adviceText() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *settingsButton() const { return m_settings; }
    QPushButton *signInButton() const { return m_signIn; }

Q_SIGNALS:
    void retryRequested();
    void settingsRequested();
    void signInRequested();

private:
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_advice = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_settings = nullptr;
    QPushButton *m_signIn = nullptr;
};
