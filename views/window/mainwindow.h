#pragma once

#include "connectionprofile.h"
#include "connectionsettings.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class ApiError;
class BrowseWorkspace;
class ConnectionFailurePage;
class ConnectionSession;
class ErrorBanner;
class KeychainStore;
class ProfileStore;
class SessionController;
class QAction;
class QFrame;
class QComboBox;
class QLabel;
class QNetworkAccessManager;
struct ProjectInfo;

/**
 * GroupDesk's main window: menus, toolbar with the profile switcher, the error banner,
 * the per-connection BrowseWorkspace and the status bar (requests in flight, last error).
 *
 * Owns one ConnectionSession at a time. Switching profiles saves the old profile's
 * layout, destroys its session and workspace, and restores the new profile's layout.
 * Does not own the ProfileStore or KeychainStore.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ProfileStore *profiles, KeychainStore *keychain, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Connects without a saved profile (--demo, --host). `layoutId` names the stored layout.
    /// `nam` is for tests (the QNAM seam); null = a real network.
    void openConnection(const ConnectionSettings &settings, const QString &displayName, const QString &layoutId,
                        QNetworkAccessManager *nam = nullptr);
    /// Reads the profile's key from the keychain (asking when there is none) and connects.
    void openProfile(const ConnectionProfile &profile);
    /// First start or no usable profile: the profile dialog.
    void newProfile();
    /// Demo mode: select the first type and its first group once loaded.
    void selectFirstGroupWhenLoaded();

    ConnectionSession *session() const { return m_session; }
    BrowseWorkspace *workspace() const { return m_workspace; }
    ErrorBanner *banner() const { return m_banner; }
    /// Shown instead of the workspace when the connection cannot start (Retry, settings).
    ConnectionFailurePage *failurePage() const { return m_failure; }
    QString lastErrorText() const;

    /// Writes the loaded groups of the current type: CSV (visible columns, view order) or
    /// JSON (full objects), by the file's suffix. False with `error` set on failure.
    /// CSV follows CsvFormat (ISO dates, empty nulls, the shown columns in their order);
    /// `byteOrderMark` starts it with a UTF-8 BOM for Excel.
    bool exportGroups(const QString &path, QString *error, bool byteOrderMark = false) const;

public Q_SLOTS:
    void exportDialog();
    void copySelection();
    void refresh();
    void deleteSelected();
    void editConnection();
    /// Starts the last connection again, with the same settings (Retry, F5 on the failure page).
    void retryConnection();
    /// Asks, then forgets the current profile: settings, layout and its keychain entry.
    void removeConnection();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void startSession(const ConnectionSettings &settings, const QString &profileId, const QString &displayName,
                      const QString &layoutId, QNetworkAccessManager *nam = nullptr);
    void saveLayout();
    /// Deletes the workspace and the session (which cancels its requests); saves nothing.
    void closeSession();
    void updateTitle();
    void onError(const ApiError &error);
    /// No key in the keychain: a saved PostHog session connects alone, else askSignInOrKey().
    void openWithoutKey(const ConnectionProfile &profile);
    /// Neither a key nor a saved sign-in: asks which one to give, then connects.
    void askSignInOrKey(const ConnectionProfile &profile);
    void askForKey(const ConnectionProfile &profile, const QString &why, bool storeInKeychain);
    /// The failure page's Sign in: signs the refused session in again, then retries.
    void signInAndRetry();
    void rebuildProfileSwitcher();
    void newProfileFrom(const ConnectionProfile &profile, const QString &apiKey);
    void onStartFailed(const ApiError &error);

    QPointer<ProfileStore> m_profiles;
    QPointer<KeychainStore> m_keychain;
    ConnectionSession *m_session = nullptr;
    BrowseWorkspace *m_workspace = nullptr;
    ErrorBanner *m_banner = nullptr;
    QComboBox *m_switcher = nullptr;
    QLabel *m_requests = nullptr;
    QLabel *m_lastError = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr; ///< File > Import groups… (ImportWizard)
    QAction *m_copy = nullptr;
    QAction *m_find = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_loadAll = nullptr;
    QAction *m_editConnection = nullptr;
    QAction *m_newConnection = nullptr;
    QAction *m_removeConnection = nullptr;
    SessionController *m_sessionController = nullptr; ///< PostHog web session
    QFrame *m_stripe = nullptr;                       ///< the profile's colour tag across the top of the window
    ConnectionFailurePage *m_failure = nullptr;
    /// What the current session was started with, so Retry can start it again.
    struct StartArgs
    {
        ConnectionSettings settings;
        QString profileId;
        QString displayName;
        QString layoutId;
        QPointer<QNetworkAccessManager> nam;
    };
    StartArgs m_started;
    /// The connection made without a profile (--demo, --host): it stays in the switcher
    /// after a profile is created or opened.
    std::optional<StartArgs> m_adhoc;
    QString m_layoutId;
    QString m_displayName;
    QString m_projectName;
    QString m_sessionNotice; ///< shown in the banner when the next session starts
    ConnectionProfile m_profile;
    bool m_hasProfile = false;
    /// Set when a profile opens on its saved sign-in alone: if the server refuses it (the
    /// session ended while GroupDesk was closed), the sign-in dialog opens by itself, once.
    bool m_offerSignInOnRefusal = false;
};
