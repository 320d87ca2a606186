// Every string the window shows has a translation in every bundled language: lupdate runs on
// the app's sources against a copy of each groupdesk_<lang>.ts, and any entry it leaves
// unfinished (a new string), vanished (a string the code no longer has) or empty fails the
// test, with the list of strings to translate. Also: the German translation and Qt's own
// German strings load, and the window's locale follows View → Language.

#include "languagemenu.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Problem
{
    QString context;
    QString source;
    QString reason;
};

/// The entries of a .ts file that are not fully translated.
QList<Problem> untranslated(const QString &tsPath, int *messages)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {{QString(), tsPath, QStringLiteral("cannot be read")}};
    QList<Problem> problems;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString type;
    bool numerus = false;
    QString translation;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
                forms.clear();
                translation.clear();
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                type = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    translation = xml.readElementText();
            } else if (xml.name() == u"numerusform") {
                forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ++*messages;
            QString reason;
            if (type == u"vanished" || type == u"obsolete")
                reason = QStringLiteral("no longer in the code (remove it: lupdate -no-obsolete)");
            else if (type == u"unfinished")
                reason = QStringLiteral("unfinished");
            else if (numerus ? (forms.isEmpty() || forms.contains(QString())) : translation.isEmpty())
                reason = QStringLiteral("empty translation");
            if (!reason.isEmpty())
                problems.append({context, source, reason});
        }
    }
    if (xml.hasError())
        problems.append({QString(), tsPath, xml.errorString()});
    return problems;
}

QString describe(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems.mid(0, 40))
        lines << QStringLiteral("  %1: \"%2\" — %3").arg(p.context, p.source, p.reason);
    if (problems.size() > 40)
        lines << QStringLiteral("  … and %1 more").arg(problems.size() - 40);
    return QStringLiteral("%1 string(s) need a translation; run `cmake --build <dir> --target "
                          "update_translations`, translate them in resources/translations, see "
                          "CODING_GUIDELINES.md:\n")
               .arg(problems.size())
           + lines.join(QLatin1Char('\n'));
}
} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void germanLoadsWithQtsOwnStrings();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("GroupDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
}

void TestTranslations::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : LanguageMenu::bundledLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::everyStringIsTranslated()
{
    QFETCH(QString, language);
    const QString committed = QStringLiteral(GROUPDESK_TS_DIR "/groupdesk_%1.ts").arg(language);
    QVERIFY2(QFile::exists(committed), qPrintable(committed));
    // lupdate merges the code's strings into a copy: new ones arrive unfinished, removed
    // ones are marked vanished, and the committed file stays as it is.
    const QString copy = m_dir.filePath(QStringLiteral("groupdesk_%1.ts").arg(language));
    QFile::remove(copy);
    QVERIFY(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(GROUPDESK_LUPDATE),
                  {QStringLiteral("@" GROUPDESK_I18N_SOURCES), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    int messages = 0;
    const QList<Problem> problems = untranslated(copy, &messages);
    QVERIFY2(messages > 100, "lupdate found no strings: is the source list right?");
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestTranslations::germanLoadsWithQtsOwnStrings()
{
    LanguageMenu::storeLanguage(QStringLiteral("de"));
    QCOMPARE(LanguageMenu::uiLocale().language(), QLocale::German);
    // The app's compiled German translation (built by the app's lrelease step).
    QTranslator own;
    QVERIFY(own.load(QStringLiteral(GROUPDESK_QM_DIR "/groupdesk_de.qm")));
    QCoreApplication::installTranslator(&own);
    QCOMPARE(QCoreApplication::translate("GroupsModel", "First seen"), QStringLiteral("Zuerst gesehen"));
    QCOMPARE(QCoreApplication::translate("MetricDialog", "%n day(s) (kept as it is)", nullptr, 1),
             QStringLiteral("1 Tag (unverändert beibehalten)"));
    QCoreApplication::removeTranslator(&own);
    // Qt's own strings for standard dialogs come from qt6-translations-l10n.
    LanguageMenu::installTranslators(QCoreApplication::instance());
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    LanguageMenu::storeLanguage(QString());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
