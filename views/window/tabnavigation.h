#pragma once

class QWidget;

/**
 * Keyboard rule of the window: Tab and Shift+Tab move between widgets, arrows move inside
 * tables. QAbstractItemView's default moves Tab from cell to cell (and so changes the
 * selected group), which traps a keyboard user inside the first table.
 */
class TabNavigation final
{
public:
    TabNavigation() = delete;
    /// Applies the rule to every item view under `root` (call again for views added later).
    static void leaveTablesWithTab(QWidget *root);
};
