#include "apprestarter.h"

#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QWidget>

QStringList AppRestarter::restartArguments(const QStringList &arguments)
{
    QStringList kept;
    // Options that end a run by themselves, with their values ("--screenshot file" or "=file").
    static const QStringList oneShot{QStringLiteral("--screenshot"), QStringLiteral("--screenshot-delay")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        if (oneShot.contains(name)) {
            if (!arg.contains(QLatin1Char('=')))
                ++i; // the value follows
            continue;
        }
        kept << arg;
    }
    return kept;
}

void AppRestarter::offerRestart(QWidget *window)
{
    QMessageBox box(QMessageBox::Question, tr("Change language"),
                    tr("GroupDesk shows the new language after a restart."), QMessageBox::NoButton, window);
    box.setObjectName(QStringLiteral("restartForLanguage"));
    box.setInformativeText(tr("Restart now? Changes still being saved are asked about first."));
    QPushButton *now = box.addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    now->setAccessibleName(tr("Restart now"));
    QPushButton *later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
    later->setAccessibleName(tr("Restart later"));
    box.setDefaultButton(now);
    box.exec();
    if (box.clickedButton() == now)
        restart(window);
}

bool AppRestarter::restart(QWidget *window, const Launcher &launch, const std::function<void()> &quit)
{
    // Closing first: the window asks about unsaved work and may stay open.
    if (window && !window->close())
        return false;
    const QStringList arguments = restartArguments(QCoreApplication::arguments());
    if (!launch(QCoreApplication::applicationFilePath(), arguments)) {
        if (window)
            window->show(); // nothing is lost: the old process goes on
        QMessageBox::warning(window, tr("Restart failed"),
                             tr("GroupDesk could not start again (%1). The new language is used at the next start.")
                                 .arg(QCoreApplication::applicationFilePath()));
        return false;
    }
    if (quit)
        quit();
    return true;
}

bool AppRestarter::startDetached(const QString &program, const QStringList &arguments)
{
    return QProcess::startDetached(program, arguments);
}
