// Admin dialogs against the real in-process SandboxServer over loopback HTTP (issue 6):
// renaming a type, the session-only 403 for personal API keys, a metric rule only the
// server checks, and deleting a type with the typed confirmation.
#include "deletegrouptypedialog.h"
#include "editservice.h"
#include "grouptypemetadatadialog.h"
#include "grouptypesmodel.h"
#include "grouptypespanel.h"
#include "metricdialog.h"
#include "metricfiltersform.h"
#include "posthogclient.h"
#include "sandboxserver.h"
#include "usagemetricsmodel.h"
#include "usagemetricspanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 15000;
}

class TestAdminSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void renameThroughDialog_data();
    void renameThroughDialog();
    void metricRejectedByServerKeepsDialogOpen();
    void deleteTypeWithTypedConfirmation();

private:
    bool start(bool pakDeny);
    GroupTypesPanel *openTypesPanel();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PostHogClient> m_client;
    std::unique_ptr<EditService> m_edits;
    std::unique_ptr<GroupTypesModel> m_types;
    std::unique_ptr<QWidget> m_top;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

bool TestAdminSandbox::start(bool pakDeny)
{
    SandboxOptions options;
    options.groupTypeCount = 2;
    options.groupsPerType = 5;
    options.metadataPakDeny = pakDeny;
    m_server = std::make_unique<SandboxServer>(options);
    if (m_server->listen() == 0)
        return false;
    ConnectionSettings settings;
    settings.baseUrl = m_server->baseUrl();
    settings.apiKey = SandboxServer::demoKey();
    settings.maxRetries = 0;
    m_client = std::make_unique<PostHogClient>(settings);
    m_edits = std::make_unique<EditService>(m_client.get());
    m_types = std::make_unique<GroupTypesModel>(m_client.get(), m_edits.get());
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_types.get()));
    return true;
}

void TestAdminSandbox::cleanup()
{
    m_testers.clear();
    m_top.reset();
    m_types.reset();
    m_edits.reset();
    m_client.reset();
    m_server.reset();
}

GroupTypesPanel *TestAdminSandbox::openTypesPanel()
{
    auto *panel = new GroupTypesPanel(m_client.get(), m_edits.get(), m_types.get());
    m_top.reset(panel);
    panel->show();
    m_types->reload();
    if (!QTest::qWaitFor([this] { return m_types->rowCount() == 2 && !m_types->isLoading(); }, Timeout))
        return nullptr;
    panel->view()->selectRow(0);
    return panel;
}

void TestAdminSandbox::renameThroughDialog_data()
{
    QTest::addColumn<bool>("pakDeny");
    QTest::newRow("session or older server") << false;
    QTest::newRow("newest server refuses personal API keys") << true;
}

void TestAdminSandbox::renameThroughDialog()
{
    QFETCH(bool, pakDeny);
    QVERIFY(start(pakDeny));
    GroupTypesPanel *panel = openTypesPanel();
    QVERIFY(panel);
    const QString before = m_types->groupType(0).nameSingular;
    panel->editMetadata();
    // The dialog deletes itself once accepted: hold it in a QPointer.
    QPointer<GroupTypeMetadataDialog> dialog = panel->findChild<GroupTypeMetadataDialog *>();
    QVERIFY(dialog);
    dialog->singularEdit()->setText(u"Tenant"_s);
    QSignalSpy accepted(dialog.data(), &QDialog::accepted);
    QSignalSpy succeeded(m_edits.get(), &EditService::editSucceeded);
    QSignalSpy failed(m_edits.get(), &EditService::editFailed);
    dialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty() || !failed.isEmpty(), Timeout);
    if (!pakDeny) {
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(failed.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_types->groupType(0).nameSingular, u"Tenant"_s, Timeout);
        return;
    }
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog);
    QVERIFY(!dialog->isSaving());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->singularEdit()->text(), u"Tenant"_s);
    QVERIFY(dialog->errorText().contains(u"Project settings > Groups"_s));
    QCOMPARE(m_types->groupType(0).nameSingular, before);
}

void TestAdminSandbox::metricRejectedByServerKeepsDialogOpen()
{
    QVERIFY(start(false));
    auto *panel = new UsageMetricsPanel(m_client.get(), m_edits.get());
    m_top.reset(panel);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(panel->model()));
    panel->show();
    panel->setGroupType(0, u"Organizations"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->model()->isLoading(), Timeout);
    const int before = panel->model()->rowCount();

    panel->newMetric();
    auto *dialog = panel->findChild<MetricDialog *>();
    QVERIFY(dialog);
    dialog->nameEdit()->setText(u"Warehouse revenue"_s);
    MetricFiltersForm *filters = dialog->filtersForm();
    filters->sourceCombo()->setCurrentIndex(1);
    QTest::keyClicks(filters->tableEdit(), u"no_such_table"_s);
    QTest::keyClicks(filters->timestampEdit(), u"ts"_s);
    QTest::keyClicks(filters->keyEdit(), u"org"_s);
    // Valid for UsageMetric::validate(); only the server knows which tables exist.
    QVERIFY(dialog->metric().validate().isEmpty());
    QSignalSpy failed(m_edits.get(), &EditService::editFailed);
    dialog->save();
    QVERIFY(failed.wait(Timeout));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->fieldError(u"filters"_s).isEmpty());
    QCOMPARE(filters->tableEdit()->text(), u"no_such_table"_s);
    QCOMPARE(panel->model()->rowCount(), before);

    // Fixing the field in the same dialog saves it; the new row appears in the panel.
    filters->tableEdit()->clear();
    QTest::keyClicks(filters->tableEdit(), u"stripe_invoices"_s);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->save();
    QVERIFY(accepted.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), before + 1, Timeout);
}

void TestAdminSandbox::deleteTypeWithTypedConfirmation()
{
    QVERIFY(start(false));
    GroupTypesPanel *panel = openTypesPanel();
    QVERIFY(panel);
    panel->view()->selectRow(1);
    const GroupType type = m_types->groupType(1);
    panel->deleteGroupType();
    auto *dialog = panel->findChild<DeleteGroupTypeDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->deleteButton()->isEnabled());
    QTest::keyClicks(dialog->confirmationEdit(), type.codeName.left(3));
    QVERIFY(!dialog->deleteButton()->isEnabled());
    dialog->confirmationEdit()->setText(type.codeName);
    QVERIFY(dialog->deleteButton()->isEnabled());
    QSignalSpy deleted(m_edits.get(), &EditService::groupTypeDeleted);
    dialog->deleteButton()->click();
    QVERIFY(deleted.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(m_types->rowCount(), 1, Timeout);
}

QTEST_MAIN(TestAdminSandbox)
#include "tst_adminsandbox.moc"
