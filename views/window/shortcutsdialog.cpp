#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<QPair<QString, QString>> rows;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        text.remove(QStringLiteral("…"));
        const auto row = qMakePair(keys.join(QStringLiteral(", ")), text);
        if (!rows.contains(row))
            rows.append(row);
    }
    rows.append({tr("Tab, Shift+Tab"), tr("Move to the next or previous part of the window")});
    rows.append({tr("Arrow keys"), tr("Move inside a table or list")});
    rows.append({tr("Return"), tr("On a group: move into its properties")});
    rows.append({tr("F2"), tr("Edit the current cell")});
    rows.append({tr("Escape"), tr("Cancel the edit of a cell")});
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second < b.second; });

    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 480);
}

ShortcutsDialog::~ShortcutsDialog() = default;
