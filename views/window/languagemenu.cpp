#include "languagemenu.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString stored = storedLanguage();
    auto add = [this, &stored](const QString &text, const QString &code) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(code == stored);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            storeLanguage(code);
            Q_EMIT languageChosen(code);
        });
    };
    add(tr("&System language"), QString());
    // Each language is named in itself, so that someone who cannot read the current one
    // still finds their own.
    add(QStringLiteral("English"), QStringLiteral("en"));
    add(QStringLiteral("Deutsch"), QStringLiteral("de"));
}

LanguageMenu::~LanguageMenu() = default;

QStringList LanguageMenu::bundledLanguages()
{
    return {QStringLiteral("de")};
}

QString LanguageMenu::storedLanguage()
{
    return QSettings().value(kSettingsKey).toString();
}

void LanguageMenu::storeLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

QLocale LanguageMenu::uiLocale()
{
    const QString code = storedLanguage();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void LanguageMenu::installTranslators(QCoreApplication *app)
{
    const QLocale locale = uiLocale();
    QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, file dialogs) from qt6-translations-l10n.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // The source strings are English, but English plurals ("%n day(s)" -> "1 day", "7 days")
    // live in groupdesk_en; it is also the fallback for a language without a translation.
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("groupdesk"), QStringLiteral("_"), QStringLiteral(":/groupdesk/i18n"))
        || own->load(QStringLiteral(":/groupdesk/i18n/groupdesk_en")))
        QCoreApplication::installTranslator(own);
}
