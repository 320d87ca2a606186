// Admin widgets: group types panel and its dialogs, usage metrics panel and the
// metric dialog, offscreen against a stateful fake PostHog at the QNAM seam.
#include "defaultcolumnseditor.h"
#include "deletegrouptypedialog.h"
#include "editservice.h"
#include "fakeadminserver.h"
#include "grouptypemetadatadialog.h"
#include "grouptypesmodel.h"
#include "grouptypespanel.h"
#include "metricdialog.h"
#include "metricfiltersform.h"
#include "modelroles.h"
#include "pendingstyledelegate.h"
#include "posthogclient.h"
#include "propertyfilterseditor.h"
#include "readonlybanner.h"
#include "revenuemetric.h"
#include "uichild.h"
#include "usagemetricsmodel.h"
#include "usagemetricspanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 10000;

/// Exposes the protected style hook for the test.
class ProbeDelegate final : public PendingStyleDelegate
{
public:
    QStyleOptionViewItem styleFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        initStyleOption(&option, index);
        return option;
    }
};
} // namespace

class TestAdminWidgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void typesPanelShowsHeaderAndRenamesInPlace();
    void metadataDialogRenamesSetsColumnsAndDashboard();
    void metadataDialogExplainsSessionOnly403();
    void deleteNeedsTypedName();
    void deleteTypeByReturnAfterTypedName();
    void readOnlyDisablesEditing();
    void missingScopeSwitchesToReadOnly();
    void metricValidation_data();
    void metricValidation();
    void metricCreateEditDuplicateDelete();
    void metricServerRejectionKeepsDialogOpen();
    void metricEditSendsOnlyWhatChanged_data();
    void metricEditSendsOnlyWhatChanged();
    void metricRefusedIntervalKeepsTypedText();
    void metricFiltersJsonSyncsBothWays();
    void metricInPlaceEditThroughDelegate();
    void pendingAndFailedCellsAreDrawnDifferently();
    void everyInputHasAnAccessibleName_data();
    void everyInputHasAnAccessibleName();
    void screenshots();

private:
    GroupTypesPanel *openTypesPanel();
    UsageMetricsPanel *openMetricsPanel();

    std::unique_ptr<FakeAdminServer> m_server;
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<PostHogClient> m_client;
    std::unique_ptr<EditService> m_edits;
    std::unique_ptr<GroupTypesModel> m_types;
    std::unique_ptr<QWidget> m_top;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestAdminWidgets::init()
{
    m_server = std::make_unique<FakeAdminServer>();
    m_nam = std::make_unique<FakeNetworkAccessManager>();
    m_nam->setHandler(m_server->handler());
    ConnectionSettings settings;
    settings.baseUrl = QUrl(u"http://127.0.0.1:8000"_s);
    settings.apiKey = u"phx_test"_s;
    settings.maxRetries = 0;
    settings.requestsPerMinute = 1000000;
    m_client = std::make_unique<PostHogClient>(settings, m_nam.get());
    m_edits = std::make_unique<EditService>(m_client.get());
    m_types = std::make_unique<GroupTypesModel>(m_client.get(), m_edits.get());
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_types.get()));
}

void TestAdminWidgets::cleanup()
{
    m_testers.clear();
    m_top.reset();
    m_types.reset();
    m_edits.reset();
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

GroupTypesPanel *TestAdminWidgets::openTypesPanel()
{
    auto *panel = new GroupTypesPanel(m_client.get(), m_edits.get(), m_types.get());
    m_top.reset(panel);
    panel->resize(800, 400);
    panel->show();
    m_types->reload();
    if (!QTest::qWaitFor([this] { return m_types->rowCount() == 2; }, Timeout))
        return nullptr;
    panel->view()->selectRow(0);
    return panel;
}

UsageMetricsPanel *TestAdminWidgets::openMetricsPanel()
{
    auto *panel = new UsageMetricsPanel(m_client.get(), m_edits.get());
    m_top.reset(panel);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(panel->model()));
    panel->resize(800, 400);
    panel->show();
    panel->setGroupType(0, u"Organizations"_s);
    if (!QTest::qWaitFor([panel] { return panel->model()->rowCount() == 1 && !panel->model()->isLoading(); }, Timeout))
        return nullptr;
    panel->view()->selectRow(0);
    return panel;
}

void TestAdminWidgets::typesPanelShowsHeaderAndRenamesInPlace()
{
    GroupTypesPanel *panel = openTypesPanel();
    QVERIFY(panel);
    QVERIFY(panel->findChild<QLabel *>() != nullptr);
    bool headerFound = false;
    for (QLabel *label : panel->findChildren<QLabel *>())
        headerFound = headerFound || label->text() == u"2 of 5 group types used"_s;
    QVERIFY(headerFound);
    QCOMPARE(panel->currentGroupType(), 0);
    QVERIFY(panel->editMetadataAction()->isEnabled());
    QVERIFY(panel->deleteAction()->isEnabled());

    // In place: the name cell goes through the model to update_metadata.
    QSignalSpy done(m_edits.get(), &EditService::editSucceeded);
    const QModelIndex cell = m_types->index(0, GroupTypesModel::SingularName);
    QVERIFY(m_types->setData(cell, u"Company"_s));
    QVERIFY(done.wait(Timeout));
    QCOMPARE(m_server->type(0).value(u"name_singular"_s).toString(), u"Company"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_types->data(cell).toString(), u"Company"_s, Timeout);
}

void TestAdminWidgets::metadataDialogRenamesSetsColumnsAndDashboard()
{
    GroupTypesPanel *panel = openTypesPanel();
    QVERIFY(panel);
    panel->editMetadata();
    auto *dialog = waitForDialog<GroupTypeMetadataDialog>(panel, u"groupTypeMetadataDialog"_s, Timeout);
    QVERIFY(dialog);
    QCOMPARE(uiChild<QLineEdit>(dialog, "singularEdit")->maxLength(), GroupType::MaxNameLength);
    QVERIFY(uiChild<QCheckBox>(dialog, "dashboardCheck")->isEnabled());

    uiChild<QLineEdit>(dialog, "pluralEdit")->setText(u"Organisations"_s);
    // The picker offers the type's property names; free entry works too.
    QTRY_VERIFY_WITH_TIMEOUT(uiChild<DefaultColumnsEditor>(dialog, "columnsEditor")->picker()->count() == 3, Timeout);
    uiChild<DefaultColumnsEditor>(dialog, "columnsEditor")->picker()->setEditText(u"plan"_s);
    uiChild<DefaultColumnsEditor>(dialog, "columnsEditor")->addCurrent();
    uiChild<DefaultColumnsEditor>(dialog, "columnsEditor")->picker()->setEditText(u"custom_field"_s);
    uiChild<DefaultColumnsEditor>(dialog, "columnsEditor")->addCurrent();
    uiChild<DefaultColumnsEditor>(dialog, "columnsEditor")->list()->setCurrentRow(1);
    uiChild<DefaultColumnsEditor>(dialog, "columnsEditor")->moveSelected(-1);
    QCOMPARE(uiChild<DefaultColumnsEditor>(dialog, "columnsEditor")->columns(),
             (QStringList{u"custom_field"_s, u"plan"_s}));
    uiChild<QCheckBox>(dialog, "dashboardCheck")->setChecked(true);

    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->save();
    QVERIFY(accepted.wait(Timeout));
    const QJsonObject type = m_server->type(0);
    QCOMPARE(type.value(u"name_plural"_s).toString(), u"Organisations"_s);
    // Saved as PostHog's groups-table select list, so its own web page shows the same columns.
    QCOMPARE(
        type.value(u"default_columns"_s).toArray(),
        (QJsonArray{u"group_name"_s, u"key"_s, u"properties.custom_field"_s, u"properties.plan"_s, u"created_at"_s}));
    QCOMPARE(type.value(u"detail_dashboard"_s).toInt(), 99);
}

void TestAdminWidgets::metadataDialogExplainsSessionOnly403()
{
    m_server->pakDeny = true;
    GroupTypesPanel *panel = openTypesPanel();
    QVERIFY(panel);
    panel->editMetadata();
    auto *dialog = waitForDialog<GroupTypeMetadataDialog>(panel, u"groupTypeMetadataDialog"_s, Timeout);
    QVERIFY(dialog);
    uiChild<QLineEdit>(dialog, "singularEdit")->setText(u"Tenant"_s);
    uiChild<QCheckBox>(dialog, "dashboardCheck")->setChecked(true);
    QSignalSpy failed(m_edits.get(), &EditService::editFailed);
    dialog->save();
    QVERIFY(dialog->isSaving());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), Timeout);
    QCOMPARE(failed.count(), 2);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(uiChild<QLineEdit>(dialog, "singularEdit")->text(), u"Tenant"_s);
    QVERIFY(dialog->errorText().contains(u"personal API keys"_s));
    QVERIFY(dialog->errorText().contains(u"Project settings > Groups"_s));
    // A per-action refusal is not a read-only connection.
    QVERIFY(!panel->isReadOnly());
    QCOMPARE(m_server->type(0).value(u"name_singular"_s).toString(), u"Organization"_s);
}

void TestAdminWidgets::deleteTypeByReturnAfterTypedName()
{
    GroupTypesPanel *panel = openTypesPanel();
    QVERIFY(panel);
    panel->deleteGroupType();
    auto *dialog = waitForDialog<DeleteGroupTypeDialog>(panel, u"deleteGroupTypeDialog"_s, Timeout);
    QVERIFY(dialog);
    auto *edit = uiChild<QLineEdit>(dialog, "confirmationEdit");
    // Return before the name is complete neither deletes nor closes: it says what is missing.
    QTest::keyClicks(edit, u"organizatio"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(edit->toolTip().contains(u"organization"_s));
    QCOMPARE(m_server->types.size(), 2);
    // Return after the typed confirmation deletes.
    QSignalSpy deleted(m_edits.get(), &EditService::groupTypeDeleted);
    QTest::keyClicks(edit, u"n"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(deleted.wait(Timeout));
    QCOMPARE(deleted.at(0).at(0).toInt(), 0);
}

void TestAdminWidgets::deleteNeedsTypedName()
{
    GroupTypesPanel *panel = openTypesPanel();
    QVERIFY(panel);
    panel->deleteGroupType();
    auto *dialog = waitForDialog<DeleteGroupTypeDialog>(panel, u"deleteGroupTypeDialog"_s, Timeout);
    QVERIFY(dialog);
    QVERIFY(!uiChild<QPushButton>(dialog, "deleteButton")->isEnabled());
    QTest::keyClicks(uiChild<QLineEdit>(dialog, "confirmationEdit"), u"organizatio"_s);
    QVERIFY(!uiChild<QPushButton>(dialog, "deleteButton")->isEnabled());
    QTest::keyClicks(uiChild<QLineEdit>(dialog, "confirmationEdit"), u"n"_s);
    QVERIFY(uiChild<QPushButton>(dialog, "deleteButton")->isEnabled());

    QSignalSpy deleted(m_edits.get(), &EditService::groupTypeDeleted);
    uiChild<QPushButton>(dialog, "deleteButton")->click();
    QVERIFY(deleted.wait(Timeout));
    QCOMPARE(deleted.at(0).at(0).toInt(), 0);
    QVERIFY(m_server->log.contains(u"DELETE groups_types/0/"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_types->rowCount(), 1, Timeout);
}

void TestAdminWidgets::readOnlyDisablesEditing()
{
    GroupTypesPanel *panel = openTypesPanel();
    QVERIFY(panel);
    QSignalSpy changed(panel, &GroupTypesPanel::readOnlyChanged);
    panel->setReadOnly(true, u"The key lacks the group:write scope."_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!panel->deleteAction()->isEnabled());
    QCOMPARE(panel->view()->editTriggers(), QAbstractItemView::NoEditTriggers);
    auto *banner = panel->findChild<ReadOnlyBanner *>();
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->reason().contains(u"group:write"_s));

    auto *metrics = new UsageMetricsPanel(m_client.get(), m_edits.get(), panel);
    metrics->setGroupType(0, u"Organizations"_s);
    metrics->setReadOnly(true, u"no write scope"_s);
    QVERIFY(!metrics->newAction()->isEnabled());
    QVERIFY(!metrics->deleteAction()->isEnabled());

    // Dialogs opened read-only can be read and closed, not saved.
    MetricDialog dialog(m_client.get(), m_edits.get(), 0, UsageMetric(), MetricDialog::Mode::Edit);
    dialog.setReadOnly(true);
    dialog.show();
    QVERIFY(!uiChild<QLineEdit>(&dialog, "nameEdit")->isEnabled());
    QVERIFY(!uiChild<MetricFiltersForm>(&dialog, "filtersForm")->isEnabled());
    const auto buttons = dialog.findChildren<QPushButton *>();
    int visibleEnabled = 0;
    for (QPushButton *b : buttons)
        visibleEnabled += b->isVisible() && b->isEnabled() ? 1 : 0;
    QCOMPARE(visibleEnabled, 1); // Close only
    panel->editMetadata();
    auto *meta = waitForDialog<GroupTypeMetadataDialog>(panel, u"groupTypeMetadataDialog"_s, Timeout);
    QVERIFY(meta);
    QVERIFY(!uiChild<QLineEdit>(meta, "singularEdit")->isEnabled());
    QVERIFY(!uiChild<DefaultColumnsEditor>(meta, "columnsEditor")->isEnabled());
}

void TestAdminWidgets::missingScopeSwitchesToReadOnly()
{
    m_server->readOnlyKey = true;
    GroupTypesPanel *panel = openTypesPanel();
    QVERIFY(panel);
    QSignalSpy readOnly(panel, &GroupTypesPanel::readOnlyChanged);
    const QModelIndex cell = m_types->index(0, GroupTypesModel::PluralName);
    QVERIFY(m_types->setData(cell, u"Orgs"_s));
    QVERIFY(readOnly.wait(Timeout));
    QVERIFY(panel->isReadOnly());
    QVERIFY(readOnly.at(0).at(1).toString().contains(u"group:write"_s));
    QVERIFY(!panel->deleteAction()->isEnabled());
    // The model shows the old value again.
    QTRY_COMPARE_WITH_TIMEOUT(m_types->groupType(0).namePlural, QString(), Timeout);
}

void TestAdminWidgets::metricValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("customInterval");
    QTest::addColumn<QString>("math");
    QTest::addColumn<QString>("filtersJson");
    QTest::newRow("name required") << u"name"_s << QString() << 7 << u"count"_s << u"{\"events\":[]}"_s;
    QTest::newRow("sum needs a property") << u"math_property"_s << u"M"_s << 7 << u"sum"_s << u"{\"events\":[]}"_s;
    // PostHog's rules, shared with the CLI: an interval of 0 and filters of {} are the
    // server's to take, so no row refuses them here (see metricEditSendsOnlyWhatChanged).
    QTest::newRow("warehouse needs table")
        << u"filters"_s << u"M"_s << 7 << u"count"_s << u"{\"source\":\"data_warehouse\",\"table_name\":\"\"}"_s;
    QTest::newRow("unknown source") << u"filters"_s << u"M"_s << 7 << u"count"_s << u"{\"source\":\"csv\"}"_s;
    QTest::newRow("filters not JSON") << u"filters"_s << u"M"_s << 7 << u"count"_s << u"{\"events\": ["_s;
}

void TestAdminWidgets::metricValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, name);
    QFETCH(int, customInterval);
    QFETCH(QString, math);
    QFETCH(QString, filtersJson);

    MetricDialog dialog(m_client.get(), m_edits.get(), 0, UsageMetric(), MetricDialog::Mode::Create);
    dialog.show();
    uiChild<QLineEdit>(&dialog, "nameEdit")->setText(name);
    if (customInterval != 7) {
        uiChild<QComboBox>(&dialog, "intervalCombo")
            ->setCurrentIndex(uiChild<QComboBox>(&dialog, "intervalCombo")->count() - 1);
        QVERIFY(uiChild<QSpinBox>(&dialog, "customIntervalSpin")->isEnabled());
        uiChild<QSpinBox>(&dialog, "customIntervalSpin")->setValue(customInterval);
    }
    chooseData(&dialog, "mathCombo", math);
    uiChild<QComboBox>(&dialog, "mathPropertyCombo")->setEditText(QString());
    uiChild<MetricFiltersForm>(&dialog, "filtersForm")->jsonEdit()->setPlainText(filtersJson);

    const int before = m_nam->requestCount();
    dialog.save();
    QVERIFY(!dialog.isSaving());
    QVERIFY2(!dialog.fieldError(field).isEmpty(), qPrintable(field));
    QVERIFY(dialog.isVisible());
    // Nothing reached the server except the property picker's lookup.
    for (int i = before; i < m_nam->requestCount(); ++i)
        QCOMPARE(m_nam->requests().at(i).method, "GET"_ba);
}

void TestAdminWidgets::metricCreateEditDuplicateDelete()
{
    UsageMetricsPanel *panel = openMetricsPanel();
    QVERIFY(panel);

    // New
    panel->newMetric();
    auto *dialog = waitForDialog<MetricDialog>(panel, u"metricDialog"_s, Timeout);
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), MetricDialog::Mode::Create);
    fillRevenueMetric(dialog);
    QSignalSpy created(dialog, &QDialog::accepted);
    dialog->save();
    QVERIFY(created.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 2, Timeout);
    const QJsonObject revenue = m_server->metricNamed(u"Revenue"_s);
    QCOMPARE(revenue.value(u"format"_s).toString(), u"currency"_s);
    QCOMPARE(revenue.value(u"interval"_s).toInt(), 30);
    QCOMPARE(revenue.value(u"display"_s).toString(), u"sparkline"_s);
    QCOMPARE(revenue.value(u"math_property"_s).toString(), u"amount"_s);
    QCOMPARE(revenue.value(u"filters"_s)[u"events"_s][0][u"id"_s].toString(), u"invoice paid"_s);
    QVERIFY(revenue.value(u"filters"_s)[u"filter_test_accounts"_s].toBool());

    // Edit
    const int row = panel->model()->rowForId(revenue.value(u"id"_s).toString());
    panel->view()->selectRow(row);
    panel->editMetric();
    dialog = waitForDialog<MetricDialog>(panel, u"metricDialog"_s, Timeout);
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), MetricDialog::Mode::Edit);
    QCOMPARE(uiChild<QLineEdit>(dialog, "nameEdit")->text(), u"Revenue"_s);
    QCOMPARE(uiChild<QComboBox>(dialog, "mathPropertyCombo")->currentText(), u"amount"_s);
    chooseData(dialog, "intervalCombo", -1);
    uiChild<QSpinBox>(dialog, "customIntervalSpin")->setValue(14);
    QSignalSpy edited(dialog, &QDialog::accepted);
    dialog->save();
    QVERIFY(edited.wait(Timeout));
    QCOMPARE(m_server->metricNamed(u"Revenue"_s).value(u"interval"_s).toInt(), 14);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->metric(row).interval, 14, Timeout);

    // Duplicate: pre-filled, new name proposed, created as a second metric.
    panel->view()->selectRow(row);
    panel->duplicateMetric();
    dialog = waitForDialog<MetricDialog>(panel, u"metricDialog"_s, Timeout);
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), MetricDialog::Mode::Create);
    QCOMPARE(uiChild<QLineEdit>(dialog, "nameEdit")->text(), u"Revenue (copy)"_s);
    QVERIFY(dialog->metric().id.isEmpty());
    QSignalSpy duplicated(dialog, &QDialog::accepted);
    dialog->save();
    QVERIFY(duplicated.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 3, Timeout);
    QCOMPARE(m_server->metricNamed(u"Revenue (copy)"_s).value(u"interval"_s).toInt(), 14);

    // Delete, confirmed.
    panel->view()->selectRow(
        panel->model()->rowForId(m_server->metricNamed(u"Revenue (copy)"_s).value(u"id"_s).toString()));
    // Keyboard: Delete on the table asks first.
    panel->activateWindow();
    panel->view()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(panel));
    QTest::keyClick(panel->view(), Qt::Key_Delete);
    auto *box = waitForDialog<QMessageBox>(panel, u"deleteMetricBox"_s, Timeout);
    QVERIFY(box);
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            remove = b;
    QVERIFY(remove);
    remove->click();
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 2, Timeout);
    QCOMPARE(m_server->metricCount(0), 2);
    QVERIFY(m_server->metricNamed(u"Revenue (copy)"_s).isEmpty());
}

void TestAdminWidgets::metricServerRejectionKeepsDialogOpen()
{
    UsageMetricsPanel *panel = openMetricsPanel();
    QVERIFY(panel);
    panel->newMetric();
    auto *dialog = waitForDialog<MetricDialog>(panel, u"metricDialog"_s, Timeout);
    QVERIFY(dialog);
    // Unique names per type: PostHog answers a duplicate with a 500, so the dialog refuses it
    // before sending and keeps the input.
    uiChild<QLineEdit>(dialog, "nameEdit")->setText(u"Events"_s);
    QSignalSpy failed(m_edits.get(), &EditService::editFailed);
    dialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(u"name"_s).isEmpty(), Timeout);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!dialog->isSaving());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->fieldError(u"name"_s).contains(u"already exists"_s));
    QCOMPARE(uiChild<QLineEdit>(dialog, "nameEdit")->text(), u"Events"_s);
    QCOMPARE(m_server->metricCount(0), 1);

    // Fixing the input and saving again works from the same dialog.
    uiChild<QLineEdit>(dialog, "nameEdit")->setText(u"Events 2"_s);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->save();
    QVERIFY(accepted.wait(Timeout));
    QCOMPARE(m_server->metricCount(0), 2);
}

void TestAdminWidgets::metricEditSendsOnlyWhatChanged_data()
{
    QTest::addColumn<QJsonObject>("stored"); // what the CLI or a newer server left on the metric
    QTest::addColumn<QString>("kept");       // words the dialog's note must contain ("" = nothing kept)
    QTest::newRow("100,000-day interval") << QJsonObject{{u"interval"_s, 100000}} << QString();
    QTest::newRow("negative interval") << QJsonObject{{u"interval"_s, -3}} << u"Interval"_s;
    QTest::newRow("newer format") << QJsonObject{{u"format"_s, u"percentage"_s}} << u"percentage"_s;
    QTest::newRow("newer math keeps its property")
        << QJsonObject{{u"math"_s, u"avg"_s}, {u"math_property"_s, u"amount"_s}} << u"avg"_s;
    QTest::newRow("untouched filters with keys of their own")
        << QJsonObject{{u"filters"_s, QJsonObject{{u"events"_s, QJsonArray{QJsonObject{{u"id"_s, u"$pageview"_s}}}},
                                                  {u"filter_test_accounts"_s, true},
                                                  {u"custom"_s, 1}}}}
        << QString();
}

void TestAdminWidgets::metricEditSendsOnlyWhatChanged()
{
    QFETCH(QJsonObject, stored);
    QFETCH(QString, kept);
    for (auto it = stored.begin(); it != stored.end(); ++it)
        m_server->metrics[0].insert(it.key(), it.value());
    UsageMetricsPanel *panel = openMetricsPanel();
    QVERIFY(panel);
    panel->editMetric();
    auto *dialog = waitForDialog<MetricDialog>(panel, u"metricDialog"_s, Timeout);
    QVERIFY(dialog);
    // Shown as it is: the interval in full, an unknown value as its own choice, with the reason.
    if (stored.contains(u"interval"_s) && stored.value(u"interval"_s).toInt() > 0)
        QCOMPARE(uiChild<QSpinBox>(dialog, "customIntervalSpin")->value(), stored.value(u"interval"_s).toInt());
    if (stored.contains(u"format"_s))
        QCOMPARE(uiChild<QComboBox>(dialog, "formatCombo")->currentData().toString(), u"percentage"_s);
    if (kept.isEmpty())
        QVERIFY2(dialog->keptNote().isEmpty(), qPrintable(dialog->keptNote()));
    else
        QVERIFY2(dialog->keptNote().contains(kept), qPrintable(dialog->keptNote()));
    // What the dialog would save is what the server holds, field for field.
    const UsageMetric before = UsageMetric::fromJson(m_server->metrics.at(0));
    QCOMPARE(dialog->metric().toJson(), before.toJson());

    uiChild<QLineEdit>(dialog, "nameEdit")->setText(u"Renamed"_s);
    const int requestsBefore = m_nam->requestCount();
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->save();
    QVERIFY2(accepted.wait(Timeout), qPrintable(dialog->fieldError(QString()) + dialog->fieldError(u"interval"_s)));
    QByteArray patch;
    for (int i = requestsBefore; i < m_nam->requestCount(); ++i)
        if (m_nam->requests().at(i).method == "PATCH")
            patch = m_nam->requests().at(i).body;
    QCOMPARE(QJsonDocument::fromJson(patch).object(), (QJsonObject{{u"name"_s, u"Renamed"_s}}));
    const QJsonObject after = m_server->metricNamed(u"Renamed"_s);
    for (auto it = stored.begin(); it != stored.end(); ++it)
        QCOMPARE(after.value(it.key()), it.value());
    // The undo entry names the one field that changed.
    QCOMPARE(m_edits->undoStack()->undoText(), u"Change usage metric name"_s);
}

void TestAdminWidgets::metricRefusedIntervalKeepsTypedText()
{
    UsageMetricsPanel *panel = openMetricsPanel();
    QVERIFY(panel);
    QTableView *view = panel->view();
    const QModelIndex interval = panel->model()->index(0, UsageMetricsModel::Interval);
    view->setCurrentIndex(interval);
    view->edit(interval);
    auto *line = view->findChild<QLineEdit *>(u"intervalEditor"_s);
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, u"12 days"_s);
    QTest::keyClick(line, Qt::Key_Return);
    // Refused: the editor stays with what was typed and says why.
    QVERIFY(view->findChild<QLineEdit *>(u"intervalEditor"_s) == line);
    QCOMPARE(line->text(), u"12 days"_s);
    QVERIFY(!line->toolTip().isEmpty());
    QCOMPARE(panel->model()->metric(0).interval, 7);
    // Corrected in place: a value beyond any preset (PostHog has no range check) is taken as is.
    line->selectAll();
    QTest::keyClicks(line, u"100000"_s);
    QSignalSpy changed(m_edits.get(), &EditService::metricChanged);
    QTest::keyClick(line, Qt::Key_Return);
    QVERIFY(changed.wait(Timeout));
    QCOMPARE(m_server->metricNamed(u"Events"_s).value(u"interval"_s).toInt(), 100000);
}

void TestAdminWidgets::metricFiltersJsonSyncsBothWays()
{
    MetricFiltersForm form;
    form.show();
    // Form -> JSON, keeping keys the form does not know.
    form.setFilters(QJsonObject{{u"events"_s, QJsonArray()}, {u"properties"_s, QJsonArray{u"x"_s}}});
    QTest::keyClicks(form.eventsEdit(), u"a, b"_s);
    QCOMPARE(form.filters().value(u"events"_s).toArray().size(), 2);
    QVERIFY(form.jsonEdit()->toPlainText().contains(u"\"b\""_s));
    QCOMPARE(form.filters().value(u"properties"_s).toArray(), QJsonArray{u"x"_s});
    // Property filter rows go into filters.properties next to entries the rows cannot show.
    form.propertyFilters()->addRow(u"plan"_s, u"exact"_s, u"enterprise"_s);
    const QJsonArray properties = form.filters().value(u"properties"_s).toArray();
    QCOMPARE(properties.size(), 2);
    QCOMPARE(properties.at(0)[u"key"_s].toString(), u"plan"_s);
    QCOMPARE(properties.at(0)[u"value"_s].toString(), u"enterprise"_s);
    QCOMPARE(properties.at(1).toString(), u"x"_s);
    QVERIFY(form.jsonEdit()->toPlainText().contains(u"enterprise"_s));
    form.sourceCombo()->setCurrentIndex(1);
    QTest::keyClicks(form.tableEdit(), u"stripe_invoices"_s);
    QCOMPARE(form.filters().value(u"source"_s).toString(), u"data_warehouse"_s);
    QCOMPARE(form.filters().value(u"table_name"_s).toString(), u"stripe_invoices"_s);
    QVERIFY(!form.filters().contains(u"events"_s));

    // JSON -> form.
    form.jsonEdit()->setPlainText(
        uR"({"source":"data_warehouse","table_name":"t","timestamp_field":"ts","key_field":"org"})"_s);
    QCOMPARE(form.keyEdit()->text(), u"org"_s);
    QCOMPARE(form.timestampEdit()->text(), u"ts"_s);
    form.jsonEdit()->setPlainText(uR"({"events":[{"id":"signup"}],"filter_test_accounts":true})"_s);
    QCOMPARE(form.sourceCombo()->currentIndex(), 0);
    QCOMPARE(form.eventsEdit()->text(), u"signup"_s);
    QCOMPARE(form.propertyFilters()->table()->rowCount(), 0);
    form.jsonEdit()->setPlainText(
        uR"({"events":[{"id":"signup"}],"filter_test_accounts":true,"properties":[{"key":"seats","operator":"gt","value":10,"type":"event"}]})"_s);
    QCOMPARE(form.propertyFilters()->table()->rowCount(), 1);
    QCOMPARE(form.propertyFilters()->table()->item(0, 0)->text(), u"seats"_s);
    QCOMPARE(form.propertyFilters()->filters().at(0)[u"value"_s].toDouble(), 10.0);
    QVERIFY(form.testAccountsCheck()->isChecked());
    form.jsonEdit()->setPlainText(u"[1,2"_s);
    QVERIFY(form.hasJsonError());
    QCOMPARE(form.eventsEdit()->text(), u"signup"_s); // last good value kept
}

void TestAdminWidgets::metricInPlaceEditThroughDelegate()
{
    UsageMetricsPanel *panel = openMetricsPanel();
    QVERIFY(panel);
    QTableView *view = panel->view();
    const QModelIndex display = panel->model()->index(0, UsageMetricsModel::Display);
    view->setCurrentIndex(display);
    view->edit(display);
    auto *combo = view->findChild<QComboBox *>();
    QVERIFY(combo);
    // The editor shows the dialog's words and carries the server's values.
    QCOMPARE(combo->currentText(), u"Number"_s);
    QCOMPARE(combo->currentData().toString(), u"number"_s);
    QCOMPARE(display.data().toString(), u"Number"_s);
    combo->setCurrentIndex(combo->findData(u"sparkline"_s));
    QSignalSpy changed(m_edits.get(), &EditService::metricChanged);
    view->itemDelegate()->setModelData(combo, panel->model(), display);
    QVERIFY(changed.wait(Timeout));
    QCOMPARE(m_server->metricNamed(u"Events"_s).value(u"display"_s).toString(), u"sparkline"_s);
    QCOMPARE(display.data().toString(), u"Sparkline"_s);
    QCOMPARE(display.data(RawValueRole).toString(), u"sparkline"_s);

    const QModelIndex interval = panel->model()->index(0, UsageMetricsModel::Interval);
    view->closePersistentEditor(display);
    view->setCurrentIndex(interval);
    view->edit(interval);
    auto *line = view->findChild<QLineEdit *>(u"intervalEditor"_s);
    QVERIFY(line);
    QCOMPARE(line->text(), u"7"_s);
    line->setText(u"90"_s);
    view->itemDelegate()->setModelData(line, panel->model(), interval);
    QVERIFY(changed.wait(Timeout));
    QCOMPARE(m_server->metricNamed(u"Events"_s).value(u"interval"_s).toInt(), 90);
}

void TestAdminWidgets::pendingAndFailedCellsAreDrawnDifferently()
{
    QStandardItemModel model(3, 2);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(&model));
    model.setData(model.index(1, 1), true, PendingRole);
    model.setData(model.index(2, 0), u"The server refused it."_s, ErrorRole);
    ProbeDelegate delegate;
    QVERIFY(!delegate.styleFor(model.index(0, 1)).font.italic());
    QVERIFY(delegate.styleFor(model.index(1, 1)).font.italic());
    QVERIFY(delegate.styleFor(model.index(0, 0)).icon.isNull());
    QVERIFY(!delegate.styleFor(model.index(2, 0)).icon.isNull());
    // An unset value is a dim dash, a set one is drawn as it is.
    model.setData(model.index(0, 0), u"Organizations"_s);
    QCOMPARE(delegate.styleFor(model.index(0, 0)).text, u"Organizations"_s);
    const QStyleOptionViewItem unset = delegate.styleFor(model.index(0, 1));
    QCOMPARE(unset.text, QStringLiteral("\u2014"));
    QCOMPARE(unset.palette.color(QPalette::Text), unset.palette.color(QPalette::PlaceholderText));
}

void TestAdminWidgets::everyInputHasAnAccessibleName_data()
{
    QTest::addColumn<QString>("which");
    for (const char *name : {"types panel", "metrics panel", "metadata dialog", "delete dialog", "metric dialog"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAdminWidgets::everyInputHasAnAccessibleName()
{
    QFETCH(QString, which);
    GroupType type;
    type.index = 0;
    type.codeName = u"organization"_s;
    UsageMetric metric;
    metric.filters.insert(u"properties"_s, QJsonArray{QJsonObject{{u"key"_s, u"plan"_s}, {u"value"_s, u"x"_s}}});
    std::unique_ptr<QWidget> widget;
    if (which == u"types panel")
        widget = std::make_unique<GroupTypesPanel>(m_client.get(), m_edits.get(), m_types.get());
    else if (which == u"metrics panel")
        widget = std::make_unique<UsageMetricsPanel>(m_client.get(), m_edits.get());
    else if (which == u"metadata dialog")
        widget = std::make_unique<GroupTypeMetadataDialog>(m_client.get(), m_edits.get(), type);
    else if (which == u"delete dialog")
        widget = std::make_unique<DeleteGroupTypeDialog>(type);
    else
        widget = std::make_unique<MetricDialog>(m_client.get(), m_edits.get(), 0, metric, MetricDialog::Mode::Create);
    widget->show();
    QStringList unnamed;
    for (QWidget *child : widget->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(child) || qobject_cast<QComboBox *>(child)
                           || qobject_cast<QSpinBox *>(child) || qobject_cast<QPlainTextEdit *>(child)
                           || qobject_cast<QAbstractItemView *>(child);
        // Line edits inside combo boxes and spin boxes are named by their owner.
        // Headers and combo popups are parts of a named widget too.
        const bool owned = qobject_cast<QComboBox *>(child->parentWidget())
                           || qobject_cast<QAbstractSpinBox *>(child->parentWidget()) || child->inherits("QHeaderView")
                           || child->inherits("QComboBoxListView");
        if (input && !owned && child->accessibleName().isEmpty())
            unnamed.append(QString::fromLatin1(child->metaObject()->className()) + u' ' + child->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestAdminWidgets::screenshots()
{
    // Off unless asked for: GROUPDESK_SCREENSHOT_DIR=docs/screenshots ctest -R adminwidgets
    const QString dir = qEnvironmentVariable("GROUPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set GROUPDESK_SCREENSHOT_DIR to write the admin screenshots");
    QVERIFY(QDir().mkpath(dir));
    auto save = [&dir](QWidget *w, const QString &name) {
        QCoreApplication::processEvents();
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
    };

    GroupTypesPanel *types = openTypesPanel();
    QVERIFY(types);
    QTRY_VERIFY_WITH_TIMEOUT(m_types->rowCount() == 2, Timeout);
    save(types, u"dialog-group-types-panel.png"_s);
    types->editMetadata();
    auto *meta = waitForDialog<GroupTypeMetadataDialog>(types, u"groupTypeMetadataDialog"_s, Timeout);
    QVERIFY(meta);
    QTRY_VERIFY_WITH_TIMEOUT(uiChild<DefaultColumnsEditor>(meta, "columnsEditor")->picker()->count() == 3, Timeout);
    uiChild<DefaultColumnsEditor>(meta, "columnsEditor")->setColumns({u"name"_s, u"plan"_s});
    save(meta, u"dialog-group-type-metadata.png"_s);
    meta->close();
    m_server->pakDeny = true;
    types->editMetadata();
    meta = waitForDialog<GroupTypeMetadataDialog>(types, u"groupTypeMetadataDialog"_s, Timeout);
    QVERIFY(meta);
    uiChild<QLineEdit>(meta, "pluralEdit")->setText(u"Organisations"_s);
    meta->save();
    QTRY_VERIFY_WITH_TIMEOUT(!meta->isSaving(), Timeout);
    save(meta, u"dialog-group-type-metadata-403.png"_s);
    meta->close();
    types->deleteGroupType();
    auto *del = waitForDialog<DeleteGroupTypeDialog>(types, u"deleteGroupTypeDialog"_s, Timeout);
    QVERIFY(del);
    QTest::keyClicks(uiChild<QLineEdit>(del, "confirmationEdit"), u"organization"_s);
    save(del, u"dialog-delete-group-type.png"_s);
    del->close();
    types->setReadOnly(true, u"the API key lacks the group:write scope."_s);
    save(types, u"dialog-group-types-read-only.png"_s);

    UsageMetricsPanel *metrics = openMetricsPanel();
    QVERIFY(metrics);
    save(metrics, u"dialog-usage-metrics-panel.png"_s);
    metrics->editMetric();
    auto *metric = waitForDialog<MetricDialog>(metrics, u"metricDialog"_s, Timeout);
    QVERIFY(metric);
    uiChild<QComboBox>(metric, "mathCombo")->setCurrentIndex(1);
    uiChild<QLineEdit>(metric, "nameEdit")->clear();
    metric->save();
    save(metric, u"dialog-metric-validation.png"_s);
    metric->close();
    metrics->duplicateMetric();
    metric = waitForDialog<MetricDialog>(metrics, u"metricDialog"_s, Timeout);
    QVERIFY(metric);
    uiChild<QComboBox>(metric, "formatCombo")->setCurrentIndex(1);
    uiChild<QComboBox>(metric, "intervalCombo")
        ->setCurrentIndex(uiChild<QComboBox>(metric, "intervalCombo")->count() - 1);
    uiChild<QSpinBox>(metric, "customIntervalSpin")->setValue(14);
    uiChild<QComboBox>(metric, "mathCombo")->setCurrentIndex(1);
    uiChild<QComboBox>(metric, "mathPropertyCombo")->setEditText(u"amount"_s);
    uiChild<MetricFiltersForm>(metric, "filtersForm")
        ->jsonEdit()
        ->setPlainText(uR"({"events":[{"id":"invoice paid","type":"events"}],"filter_test_accounts":true,)"
                       uR"("properties":[{"key":"plan","operator":"exact","value":"enterprise","type":"event"}]})"_s);
    save(metric, u"dialog-metric-duplicate.png"_s);
    metric->close();
    metrics->newMetric();
    metric = waitForDialog<MetricDialog>(metrics, u"metricDialog"_s, Timeout);
    QVERIFY(metric);
    uiChild<MetricFiltersForm>(metric, "filtersForm")->sourceCombo()->setCurrentIndex(1);
    save(metric, u"dialog-metric-warehouse.png"_s);
}

QTEST_MAIN(TestAdminWidgets)
#include "tst_adminwidgets.moc"
