#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

/**
 * Lets chosen window actions win over a line edit's own key bindings. A focused QLineEdit
 * claims keys through ShortcutOverride, e.g. Ctrl+E (end of line, an Emacs binding on X11),
 * so Ctrl+E "export" did nothing right after searching. For the given actions only, the
 * override is declined while focus is inside `window`; text keys the user expects in an edit
 * (Ctrl+C, Ctrl+Z, ...) are never listed, so edits keep them.
 */
class ShortcutPriority final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutPriority)

public:
    ShortcutPriority(QWidget *window, const QList<QAction *> &actions);
    ~ShortcutPriority() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    QList<QPointer<QAction>> m_actions;
};
