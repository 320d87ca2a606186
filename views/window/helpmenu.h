#pragma once

#include <QMenu>

class QAction;

/**
 * The window's Help menu: Keyboard shortcuts (ShortcutsDialog), Working in the window (the
 * README's section of that name, compiled in so the two cannot disagree) and About
 * (GroupDesk's and Qt's versions).
 */
class HelpMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)

public:
    explicit HelpMenu(QWidget *window);
    ~HelpMenu() override;

    QAction *shortcutsAction() const { return m_shortcuts; }

    /// The README's "Working in the window" section as Markdown (heading included).
    static QString workingInTheWindow();
    /// "GroupDesk 0.1.0", Qt's run-time and build versions: the About box's facts.
    static QString aboutText();

private:
    void showShortcuts();
    void showWorking();
    void showAbout();

    QWidget *m_window = nullptr;
    QAction *m_shortcuts = nullptr;
};
