#pragma once

#include <QDialog>

class QTableWidget;

/**
 * Help → Keyboard shortcuts: every action of the window that has a shortcut (read from the
 * actions themselves, so the list cannot drift from what the keys do) plus the keys that
 * belong to widgets (Tab, arrows, Return on a group, F2 to edit a cell).
 */
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QWidget *window);
    ~ShortcutsDialog() override;

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};
