// Admin dialogs against the real in-process SandboxServer over loopback HTTP:
// renaming a type, default columns and the detail dashboard, the session-only 403 for
// personal API keys, a dialog that waits for its own save only, creating, editing,
// duplicating and deleting a metric, every client-side metric rule (nothing sent), a rule
// only the server checks, and deleting a type with the typed confirmation. Server state is
// read from the sandbox's store.
#include "defaultcolumnseditor.h"
#include "deletegrouptypedialog.h"
#include "editservice.h"
#include "grouptypemetadatadialog.h"
#include "grouptypesmodel.h"
#include "grouptypespanel.h"
#include "metricdialog.h"
#include "metricfiltersform.h"
#include "posthogclient.h"
#include "revenuemetric.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "uichild.h"
#include "usagemetricpreview.h"
#include "usagemetricsmodel.h"
#include "usagemetricspanel.h"
#include "usagemetricvaluesmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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
    void metadataDialogSetsColumnsAndDashboard();
    void metadataDialogWaitsForItsOwnSave();
    void metricCreateEditDuplicateDelete();
    void metricPreviewAfterSave();
    void metricValidation_data();
    void metricValidation();

private:
    bool start(bool pakDeny);
    GroupTypesPanel *openTypesPanel();
    UsageMetricsPanel *openMetricsPanel();
    /// The sandbox's metric of type 0 named `name` (empty when none).
    QJsonObject serverMetric(const QString &name) const;
    int writeRequests() const;

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

UsageMetricsPanel *TestAdminSandbox::openMetricsPanel()
{
    auto *panel = new UsageMetricsPanel(m_client.get(), m_edits.get());
    m_top.reset(panel);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(panel->model()));
    panel->show();
    panel->setGroupType(0, u"Organizations"_s);
    if (!QTest::qWaitFor([panel] { return !panel->model()->isLoading() && panel->model()->rowCount() > 0; }, Timeout))
        return nullptr;
    return panel;
}

QJsonObject TestAdminSandbox::serverMetric(const QString &name) const
{
    for (const QJsonObject &metric : m_server->store()->metrics(0)) {
        if (metric.value(u"name"_s).toString() == name)
            return metric;
    }
    return {};
}

int TestAdminSandbox::writeRequests() const
{
    int count = 0;
    for (const QByteArray &line : m_server->requestLog()) {
        if (!line.startsWith("GET "))
            ++count;
    }
    return count;
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
    uiChild<QLineEdit>(dialog, "singularEdit")->setText(u"Tenant"_s);
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
    QCOMPARE(uiChild<QLineEdit>(dialog, "singularEdit")->text(), u"Tenant"_s);
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
    uiChild<QLineEdit>(dialog, "nameEdit")->setText(u"Warehouse revenue"_s);
    MetricFiltersForm *filters = uiChild<MetricFiltersForm>(dialog, "filtersForm");
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
    QVERIFY(!uiChild<QPushButton>(dialog, "deleteButton")->isEnabled());
    QTest::keyClicks(uiChild<QLineEdit>(dialog, "confirmationEdit"), type.codeName.left(3));
    QVERIFY(!uiChild<QPushButton>(dialog, "deleteButton")->isEnabled());
    uiChild<QLineEdit>(dialog, "confirmationEdit")->setText(type.codeName);
    QVERIFY(uiChild<QPushButton>(dialog, "deleteButton")->isEnabled());
    QSignalSpy deleted(m_edits.get(), &EditService::groupTypeDeleted);
    uiChild<QPushButton>(dialog, "deleteButton")->click();
    QVERIFY(deleted.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(m_types->rowCount(), 1, Timeout);
}

void TestAdminSandbox::metadataDialogSetsColumnsAndDashboard()
{
    QVERIFY(start(false));
    GroupTypesPanel *panel = openTypesPanel();
    QVERIFY(panel);
    panel->view()->selectRow(1); // type 1 has no names, columns or dashboard in the seed
    const GroupType type = m_types->groupType(1);
    QVERIFY(!type.detailDashboard);
    panel->editMetadata();
    QPointer<GroupTypeMetadataDialog> dialog = panel->findChild<GroupTypeMetadataDialog *>();
    QVERIFY(dialog);
    uiChild<QLineEdit>(dialog, "pluralEdit")->setText(u"Companies"_s);
    uiChild<DefaultColumnsEditor>(dialog, "columnsEditor")->setColumns({u"plan"_s, u"utm source"_s});
    QVERIFY(uiChild<QCheckBox>(dialog, "dashboardCheck")->isEnabled());
    uiChild<QCheckBox>(dialog, "dashboardCheck")->setChecked(true);
    QSignalSpy accepted(dialog.data(), &QDialog::accepted);
    dialog->save();
    QVERIFY(accepted.wait(Timeout));
    // All three writes reached the server; columns in PostHog's own select form.
    const SandboxStore::GroupType *saved = m_server->store()->groupType(1);
    QVERIFY(saved);
    const QJsonObject json = m_server->store()->groupTypeJson(*saved);
    QCOMPARE(json.value(u"name_plural"_s).toString(), u"Companies"_s);
    QCOMPARE(json.value(u"default_columns"_s).toArray(), (QJsonArray{u"group_name"_s, u"key"_s, u"properties.plan"_s,
                                                                     u"properties.`utm source`"_s, u"created_at"_s}));
    QVERIFY(json.value(u"detail_dashboard"_s).isDouble());
    QTRY_VERIFY_WITH_TIMEOUT(m_types->groupType(1).detailDashboard.has_value(), Timeout);
}

void TestAdminSandbox::metadataDialogWaitsForItsOwnSave()
{
    QVERIFY(start(false));
    GroupTypesPanel *panel = openTypesPanel();
    QVERIFY(panel);
    panel->editMetadata();
    QPointer<GroupTypeMetadataDialog> dialog = panel->findChild<GroupTypeMetadataDialog *>();
    QVERIFY(dialog);
    uiChild<QLineEdit>(dialog, "singularEdit")->setText(u"Tenant"_s);
    QSignalSpy accepted(dialog.data(), &QDialog::accepted);
    QSignalSpy succeeded(m_edits.get(), &EditService::editSucceeded);
    // The dialog's save is slow; another edit of the same service finishes first.
    m_server->setLatencyMs(1500);
    dialog->save();
    QVERIFY(dialog->isSaving());
    auto received = [this] {
        for (const QByteArray &line : m_server->requestLog()) {
            if (line.contains("update_metadata"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(received(), Timeout);
    m_server->setLatencyMs(0);
    const QString key =
        m_server->store()->listGroups(0, {}, {}, std::nullopt, 1).results.at(0)[u"group_key"_s].toString();
    m_edits->setGroupProperty(0, key, u"elsewhere"_s, QJsonValue(1));
    QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty(), Timeout);
    QVERIFY2(accepted.isEmpty() && dialog && dialog->isVisible(), "an unrelated edit closed the dialog");
    QVERIFY(dialog->isSaving());
    // Its own answer closes it.
    QVERIFY(accepted.wait(Timeout));
    QCOMPARE(m_server->store()->groupType(0)->nameSingular.toString(), u"Tenant"_s);
}

void TestAdminSandbox::metricCreateEditDuplicateDelete()
{
    QVERIFY(start(false));
    UsageMetricsPanel *panel = openMetricsPanel();
    QVERIFY(panel);
    const int seeded = panel->model()->rowCount();

    // New
    panel->newMetric();
    auto *dialog = waitForDialog<MetricDialog>(panel, u"metricDialog"_s, Timeout);
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), MetricDialog::Mode::Create);
    fillRevenueMetric(dialog);
    QSignalSpy created(dialog, &QDialog::accepted);
    dialog->save();
    QVERIFY(created.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), seeded + 1, Timeout);
    const QJsonObject revenue = serverMetric(u"Revenue"_s);
    QVERIFY(!revenue.isEmpty());
    QCOMPARE(revenue.value(u"format"_s).toString(), u"currency"_s);
    QCOMPARE(revenue.value(u"interval"_s).toInt(), 30);
    QCOMPARE(revenue.value(u"display"_s).toString(), u"sparkline"_s);
    QCOMPARE(revenue.value(u"math"_s).toString(), u"sum"_s);
    QCOMPARE(revenue.value(u"math_property"_s).toString(), u"amount"_s);
    QCOMPARE(revenue.value(u"filters"_s)[u"events"_s][0][u"id"_s].toString(), u"invoice paid"_s);
    QVERIFY(revenue.value(u"filters"_s)[u"filter_test_accounts"_s].toBool());

    // Edit: a custom interval.
    const QString id = revenue.value(u"id"_s).toString();
    panel->view()->selectRow(panel->model()->rowForId(id));
    panel->editMetric();
    dialog = waitForDialog<MetricDialog>(panel, u"metricDialog"_s, Timeout);
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), MetricDialog::Mode::Edit);
    QCOMPARE(uiChild<QComboBox>(dialog, "mathPropertyCombo")->currentText(), u"amount"_s);
    chooseData(dialog, "intervalCombo", -1);
    uiChild<QSpinBox>(dialog, "customIntervalSpin")->setValue(14);
    QSignalSpy edited(dialog, &QDialog::accepted);
    dialog->save();
    QVERIFY(edited.wait(Timeout));
    QCOMPARE(serverMetric(u"Revenue"_s).value(u"interval"_s).toInt(), 14);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->metric(panel->model()->rowForId(id)).interval, 14, Timeout);

    // Duplicate: pre-filled under a new name, created as another metric.
    panel->view()->selectRow(panel->model()->rowForId(id));
    panel->duplicateMetric();
    dialog = waitForDialog<MetricDialog>(panel, u"metricDialog"_s, Timeout);
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), MetricDialog::Mode::Create);
    QCOMPARE(uiChild<QLineEdit>(dialog, "nameEdit")->text(), u"Revenue (copy)"_s);
    QSignalSpy duplicated(dialog, &QDialog::accepted);
    dialog->save();
    QVERIFY(duplicated.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), seeded + 2, Timeout);
    const QJsonObject copy = serverMetric(u"Revenue (copy)"_s);
    QCOMPARE(copy.value(u"interval"_s).toInt(), 14);
    QVERIFY(copy.value(u"id"_s).toString() != id);

    // Delete asks first (Delete key on the table); confirming removes it on the server.
    panel->view()->selectRow(panel->model()->rowForId(copy.value(u"id"_s).toString()));
    panel->activateWindow();
    panel->view()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(panel));
    QTest::keyClick(panel->view(), Qt::Key_Delete);
    auto *box = waitForDialog<QMessageBox>(panel, u"deleteMetricBox"_s, Timeout);
    QVERIFY(box);
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = button;
    }
    QVERIFY(remove);
    remove->click();
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), seeded + 1, Timeout);
    QVERIFY(serverMetric(u"Revenue (copy)"_s).isEmpty());
    QVERIFY(!serverMetric(u"Revenue"_s).isEmpty());
}

void TestAdminSandbox::metricPreviewAfterSave()
{
    QVERIFY(start(false));
    UsageMetricsPanel *panel = openMetricsPanel();
    QVERIFY(panel);
    const int seeded = panel->model()->rowCount();
    UsageMetricPreview *preview = panel->preview();
    UsageMetricValuesModel *values = preview->model();
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(values));

    // The user types a group key and presses Return: one value row per metric.
    const QString key = m_server->store()->keyAt(0, 2);
    QLineEdit *keyEdit = preview->keyEdit();
    QVERIFY(!keyEdit->accessibleName().isEmpty());
    QTest::keyClicks(keyEdit, key);
    QTest::keyClick(keyEdit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(values->rowCount(), seeded, Timeout);
    QVERIFY(!values->isLoading());

    // Save a new metric through the dialog: the preview shows its values right away,
    // although PostHog (and the sandbox) would answer a blocking query from the cache
    // that predates it.
    panel->newMetric();
    auto *dialog = waitForDialog<MetricDialog>(panel, u"metricDialog"_s, Timeout);
    QVERIFY(dialog);
    fillRevenueMetric(dialog);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->save();
    QVERIFY(accepted.wait(Timeout));
    const QString id = serverMetric(u"Revenue"_s).value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(values->rowForId(id) >= 0, Timeout);
    QCOMPARE(values->rowCount(), seeded + 1);
    const int row = values->rowForId(id);
    const QString value = values->index(row, UsageMetricValuesModel::Value).data().toString();
    const QString previous = values->index(row, UsageMetricValuesModel::Previous).data().toString();
    QVERIFY(!value.isEmpty());
    QVERIFY(!previous.isEmpty());
    const QString summary = preview->summaryLabel()->text();
    QVERIFY2(summary.contains(u"Revenue"_s) && summary.contains(value) && summary.contains(previous)
                 && summary.contains(key),
             qPrintable(summary));
    // The refresh after the save asked PostHog to recalculate; a plain Return now gets the
    // cached answer, which already has the metric.
    QTest::keyClick(keyEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!values->isLoading() && values->rowCount() == seeded + 1, Timeout);
}

void TestAdminSandbox::metricValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("customInterval");
    QTest::addColumn<QString>("math");
    QTest::addColumn<QString>("mathProperty");
    QTest::addColumn<QString>("filtersJson");
    const QString events = u"{\"events\":[{\"id\":\"$pageview\",\"type\":\"events\"}]}"_s;
    QTest::newRow("name required") << u"name"_s << QString() << 7 << u"count"_s << QString() << events;
    QTest::newRow("sum needs a property") << u"math_property"_s << u"M"_s << 7 << u"sum"_s << QString() << events;
    QTest::newRow("warehouse needs a table") << u"filters"_s << u"M"_s << 7 << u"count"_s << QString()
                                             << u"{\"source\":\"data_warehouse\",\"table_name\":\"\"}"_s;
    QTest::newRow("unknown source") << u"filters"_s << u"M"_s << 7 << u"count"_s << QString()
                                    << u"{\"source\":\"csv\"}"_s;
    QTest::newRow("filters not JSON") << u"filters"_s << u"M"_s << 7 << u"count"_s << QString() << u"{\"events\": ["_s;
}

void TestAdminSandbox::metricValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, name);
    QFETCH(int, customInterval);
    QFETCH(QString, math);
    QFETCH(QString, mathProperty);
    QFETCH(QString, filtersJson);
    QVERIFY(start(false));
    UsageMetricsPanel *panel = openMetricsPanel();
    QVERIFY(panel);
    const int metricsBefore = m_server->store()->metrics(0).size();
    panel->newMetric();
    auto *dialog = waitForDialog<MetricDialog>(panel, u"metricDialog"_s, Timeout);
    QVERIFY(dialog);
    uiChild<QLineEdit>(dialog, "nameEdit")->setText(name);
    if (customInterval != 7) {
        chooseData(dialog, "intervalCombo", -1);
        QVERIFY(uiChild<QSpinBox>(dialog, "customIntervalSpin")->isEnabled());
        uiChild<QSpinBox>(dialog, "customIntervalSpin")->setValue(customInterval);
    }
    chooseData(dialog, "mathCombo", math);
    uiChild<QComboBox>(dialog, "mathPropertyCombo")->setEditText(mathProperty);
    // Two rules the form makes impossible to break: the name cannot exceed PostHog's limit,
    // and a count sends no property (the box is disabled and ignored).
    QCOMPARE(uiChild<QLineEdit>(dialog, "nameEdit")->maxLength(), UsageMetric::MaxNameLength);
    QCOMPARE(uiChild<QComboBox>(dialog, "mathPropertyCombo")->isEnabled(), math == u"sum");
    uiChild<MetricFiltersForm>(dialog, "filtersForm")->jsonEdit()->setPlainText(filtersJson);

    const int writes = writeRequests();
    dialog->save();
    // Checked before sending: the message sits next to its field, the dialog stays, nothing is written.
    QVERIFY(!dialog->isSaving());
    QVERIFY2(!dialog->fieldError(field).isEmpty(), qPrintable(field));
    QVERIFY(dialog->isVisible());
    QCOMPARE(uiChild<QLineEdit>(dialog, "nameEdit")->text(), name);
    QTest::qWait(100); // a wrong request would be on its way; give it the chance to show
    QCOMPARE(writeRequests(), writes);
    QCOMPARE(m_server->store()->metrics(0).size(), metricsBefore);
}

QTEST_MAIN(TestAdminSandbox)
#include "tst_adminsandbox.moc"
