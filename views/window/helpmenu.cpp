#include "helpmenu.h"

#include "shortcutsdialog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

HelpMenu::HelpMenu(QWidget *window)
    : QMenu(tr("&Help"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("helpMenu"));
    m_shortcuts = addAction(tr("&Keyboard shortcuts"), this, &HelpMenu::showShortcuts);
    m_shortcuts->setObjectName(QStringLiteral("helpShortcuts"));
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    QAction *working = addAction(tr("&Working in the window"), this, &HelpMenu::showWorking);
    working->setObjectName(QStringLiteral("helpWorking"));
    addSeparator();
    QAction *about = addAction(tr("&About GroupDesk"), this, &HelpMenu::showAbout);
    about->setObjectName(QStringLiteral("helpAbout"));
    about->setMenuRole(QAction::AboutRole);
}

HelpMenu::~HelpMenu() = default;

QString HelpMenu::workingInTheWindow()
{
    QFile readme(QStringLiteral(":/groupdesk/doc/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype start = text.indexOf(QLatin1String("### Working in the window"));
    if (start < 0)
        return {};
    // The section ends at the next heading of the same or a higher level.
    qsizetype end = text.indexOf(QLatin1String("\n## "), start);
    const qsizetype sub = text.indexOf(QLatin1String("\n### "), start + 1);
    if (sub >= 0 && (end < 0 || sub < end))
        end = sub;
    return text.mid(start, end < 0 ? -1 : end - start).trimmed();
}

QString HelpMenu::aboutText()
{
    return tr("GroupDesk %1").arg(QStringLiteral(GROUPDESK_VERSION)) + QLatin1Char('\n')
           + tr("A desktop client for PostHog group analytics.") + QLatin1Char('\n')
           + tr("Qt %1 (built with Qt %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

void HelpMenu::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HelpMenu::showWorking()
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("workingDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Working in the window"));
    auto *text = new QTextBrowser(dialog);
    text->setAccessibleName(tr("Working in the window"));
    text->setMarkdown(workingInTheWindow());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(640, 520);
    dialog->open();
}

void HelpMenu::showAbout()
{
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("About GroupDesk"), aboutText(), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
