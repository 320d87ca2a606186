#pragma once

#include <QLocale>
#include <QMenu>

class QActionGroup;
class QCoreApplication;

/**
 * View → Language: "System language" (the default) or one of the bundled translations.
 * The choice is stored in the application settings and takes effect at the next start, when
 * installTranslators() loads GroupDesk's and Qt's own translations (standard buttons, file
 * dialogs) and makes the language's locale the default for dates and numbers in the window.
 */
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);
    ~LanguageMenu() override;

    /// Language codes with a bundled translation besides English ("de").
    static QStringList bundledLanguages();
    /// The stored choice: a code from bundledLanguages(), "en", or empty for the system's.
    static QString storedLanguage();
    static void storeLanguage(const QString &code);
    /// The locale the window speaks: the stored choice, else the system's.
    static QLocale uiLocale();
    /// Loads and installs GroupDesk's and Qt's translations for uiLocale() (English plurals
    /// come from groupdesk_en); sets uiLocale() as the default QLocale. Call once, before any
    /// window exists; the translators live as children of `app`.
    static void installTranslators(QCoreApplication *app);

Q_SIGNALS:
    /// The user chose `code` (empty = system language); shown at the next start.
    void languageChosen(const QString &code);

private:
    QActionGroup *m_group = nullptr;
};
