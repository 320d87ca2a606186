#include "shortcutpriority.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>

ShortcutPriority::ShortcutPriority(QWidget *window, const QList<QAction *> &actions)
    : QObject(window)
    , m_window(window)
{
    for (QAction *action : actions)
        m_actions.append(action);
    // Line edits come and go with each session; watching the application sees them all.
    qApp->installEventFilter(this);
}

ShortcutPriority::~ShortcutPriority()
{
    qApp->removeEventFilter(this);
}

bool ShortcutPriority::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *edit = qobject_cast<QLineEdit *>(watched);
    if (!edit || !m_window || edit->window() != m_window)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence pressed(key->keyCombination());
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (!action || !action->isEnabled())
            continue;
        for (const QKeySequence &shortcut : action->shortcuts()) {
            if (shortcut == pressed) {
                // Not accepted: the shortcut map goes on and triggers the action.
                event->ignore();
                return true;
            }
        }
    }
    return false;
}
