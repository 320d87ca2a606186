#include "../views/uichild.h"
#include "editservice.h"
#include "importjournal.h"
#include "importplanfilterproxy.h"
#include "importplanmodel.h"
#include "importwizard.h"
#include "posthogclient.h"
#include "sandboxserver.h"
#include "sandboxstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

/**
 * The import wizard driven like a user would, offscreen, against the in-process sandbox:
 * paste a table, check the detected mapping, dry run, filter and export the plan, apply,
 * undo (answering the confirmation), and resume an unfinished journal offered on opening.
 */
class TestImportWizard final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        SandboxServer server;
        std::unique_ptr<PostHogClient> client;
        std::unique_ptr<EditService> edits;

        bool start()
        {
            if (server.listen() == 0)
                return false;
            ConnectionSettings settings;
            settings.baseUrl = server.baseUrl();
            settings.projectId = u"@current"_s;
            settings.apiKey = SandboxServer::demoKey();
            settings.requestsPerMinute = 1000000;
            client = std::make_unique<PostHogClient>(settings);
            edits = std::make_unique<EditService>(client.get());
            return true;
        }
    };

    static bool waitForStep(ImportWizard &wizard, ImportWizard::Step step)
    {
        return QTest::qWaitFor([&] { return wizard.step() == step; }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"GroupDeskTest"_s);
        QCoreApplication::setApplicationName(u"ImportWizardTest"_s);
        QDir(ImportJournal::defaultDirectory()).removeRecursively();
    }
    void pasteReviewApplyUndo();
    void offersUnfinishedJournal();
};

void TestImportWizard::pasteReviewApplyUndo()
{
    Fixture f;
    QVERIFY(f.start());
    f.server.store()->createGroup(0, u"acct-1"_s, {{u"plan"_s, u"free"_s}});
    ImportWizard wizard(f.client.get(), f.edits.get(), 0);
    QAbstractItemModelTester tester(wizard.planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(wizard.planProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    wizard.show();
    QCOMPARE(wizard.step(), ImportWizard::Step::Source);

    // A spreadsheet copy: tab-separated.
    uiChild<QPlainTextEdit>(&wizard, "sourceText")
        ->setPlainText(u"key\tplan\tseats\nacct-1\tpro\t3\nnew-1\tfree\t2\n\tx\t1\n"_s);
    QTest::mouseClick(uiChild<QPushButton>(&wizard, "nextButton"), Qt::LeftButton);
    QCOMPARE(wizard.step(), ImportWizard::Step::Mapping);
    QCOMPARE(uiChild<QTableWidget>(&wizard, "mappingTable")->rowCount(), 3);
    auto *seatsType = qobject_cast<QComboBox *>(uiChild<QTableWidget>(&wizard, "mappingTable")->cellWidget(2, 2));
    QVERIFY(seatsType);
    QCOMPARE(seatsType->currentText(), u"number"_s);

    QTest::mouseClick(uiChild<QPushButton>(&wizard, "nextButton"), Qt::LeftButton);
    QVERIFY(waitForStep(wizard, ImportWizard::Step::Review));
    QCOMPARE(wizard.planModel()->rowCount(), 3);
    QVERIFY(
        uiChild<QPushButton>(&wizard, "applyButton")->text().startsWith(u"&Apply 3 write"_s)); // create + plan + seats
    // README's screenshot of the review step: GROUPDESK_SCREENSHOT=path ./tst_importwizard
    if (const QString shot = qEnvironmentVariable("GROUPDESK_SCREENSHOT"); !shot.isEmpty())
        QVERIFY(wizard.grab().save(shot));
    // The dry run said how it read the current values: one query, not a find per key.
    const QString reading = uiChild<QLabel>(&wizard, "readingText")->text();
    QVERIFY2(reading.contains(u"query API in 1 request"_s), qPrintable(reading));
    QCOMPARE(wizard.findChildren<QCheckBox *>().size(), 4);
    QCOMPARE(uiChild<QCheckBox>(&wizard, "showInvalid")->text(), u"Invalid"_s);
    uiChild<QCheckBox>(&wizard, "showInvalid")->setChecked(false); // hide invalid
    QCOMPARE(wizard.planProxy()->rowCount(), 2);
    QTest::keyClicks(uiChild<QLineEdit>(&wizard, "planFilter"), u"plan: \"free\""_s); // a before-value only acct-1 has
    QCOMPARE(wizard.planProxy()->rowCount(), 1);
    uiChild<QLineEdit>(&wizard, "planFilter")->clear();

    QTemporaryDir dir;
    QString error;
    QVERIFY(wizard.exportPlan(dir.filePath(u"plan.jsonl"_s), &error));
    QFile plan(dir.filePath(u"plan.jsonl"_s));
    QVERIFY(plan.open(QIODevice::ReadOnly));
    QCOMPARE(plan.readAll().count('\n'), 3);

    QTest::mouseClick(uiChild<QPushButton>(&wizard, "applyButton"), Qt::LeftButton);
    QVERIFY(waitForStep(wizard, ImportWizard::Step::Summary));
    QVERIFY2(uiChild<QLabel>(&wizard, "summary")->text().contains(u"3 of 3"_s),
             qPrintable(uiChild<QLabel>(&wizard, "summary")->text()));
    QCOMPARE(f.server.store()->properties(0, u"acct-1"_s), (QJsonObject{{u"plan"_s, u"pro"_s}, {u"seats"_s, 3}}));
    QCOMPARE(f.server.store()->properties(0, u"new-1"_s), (QJsonObject{{u"plan"_s, u"free"_s}, {u"seats"_s, 2}}));
    // The window's Ctrl+Z does not walk through the import's writes: its undo is one action.
    QCOMPARE(f.edits->undoStack()->count(), 0);
    QVERIFY(!uiChild<QPushButton>(&wizard, "retryButton")->isEnabled());
    QVERIFY(uiChild<QPushButton>(&wizard, "undoButton")->isEnabled());

    // Undo asks first; answer yes.
    QTimer::singleShot(0, this, [] {
        const bool shown =
            QTest::qWaitFor([] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()) != nullptr; });
        Q_UNUSED(shown) // checked by the undo result below
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(uiChild<QPushButton>(&wizard, "undoButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return wizard.step() == ImportWizard::Step::Summary
                   && uiChild<QLabel>(&wizard, "summary")->text().startsWith(u"Undo finished"_s);
        },
        30000));
    QCOMPARE(f.server.store()->properties(0, u"acct-1"_s), (QJsonObject{{u"plan"_s, u"free"_s}}));
    QVERIFY(uiChild<QLabel>(&wizard, "summary")->text().contains(u"new-1"_s)); // created groups are listed
}

void TestImportWizard::offersUnfinishedJournal()
{
    Fixture f;
    QVERIFY(f.start());
    f.server.store()->createGroup(0, u"acct-2"_s, {});
    {
        ImportJournal journal;
        QString error;
        QList<WriteOp> ops;
        ops.append({1, WriteOp::Kind::Set, u"acct-2"_s, u"plan"_s, u"pro"_s, {}, std::nullopt});
        QVERIFY(journal.create(ImportJournal::newPath(), 0, u"earlier.csv"_s, ops, &error));
    }
    ImportWizard wizard(f.client.get(), f.edits.get(), 0);
    wizard.show();
    auto *resume = uiChild<QPushButton>(&wizard, "resumeButton");
    QVERIFY(resume->text().startsWith(u"Resume the unfinished import"_s));
    QVERIFY(resume->isVisible());
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(waitForStep(wizard, ImportWizard::Step::Summary));
    QCOMPARE(f.server.store()->properties(0, u"acct-2"_s).value(u"plan"_s), QJsonValue(u"pro"_s));
    QVERIFY(ImportJournal::unfinished().isEmpty());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
