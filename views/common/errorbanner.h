#pragma once

#include <QFrame>

class ApiError;
class QLabel;
class QPushButton;

/**
 * A non-modal strip at the top of the window for errors the user must act on
 * (a missing scope, an action that needs a browser session, a rejected key).
 * Transient errors go to the status bar instead; see needsAction().
 */
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    /// True for errors that retrying cannot fix: the banner is the right place for them.
    static bool needsAction(const ApiError &error);
    /// One or two plain sentences: what happened and what to do about it.
    static QString adviceFor(const ApiError &error);

    /// Shows `message`; `actionText` labels the action button (hidden when empty).
    void showMessage(const QString &message, const QString &actionText = {});
    void showError(const ApiError &error);
    QString message() const;

    /// Red that stays readable on the palette's window colour (lighter on dark themes).
    static QColor errorTextColor(const QPalette &palette);

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QPushButton *m_close = nullptr;
};
