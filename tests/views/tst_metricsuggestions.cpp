// Where PostHog differs from a naive guess, against the in-process sandbox over loopback: the metric dialog's
// "Sum of a property" suggests EVENT properties (searched on the server as the user types,
// any typed name kept), names the table for a data-warehouse source, and says so when its
// suggestions cannot load; the metadata dialog says so too; the usage metrics panel loads
// no property definitions it never shows (requests counted in the sandbox's log).
#include "defaultcolumnseditor.h"
#include "editservice.h"
#include "grouptype.h"
#include "grouptypemetadatadialog.h"
#include "metricdialog.h"
#include "metricfiltersform.h"
#include "posthogclient.h"
#include "sandboxserver.h"
#include "usagemetricsmodel.h"
#include "usagemetricspanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 15000;

QStringList comboItems(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    return items;
}
} // namespace

class TestMetricSuggestions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sumSuggestsEventProperties();
    void typedNameIsKept();
    void warehouseSourceNamesTheTable();
    void failedSuggestionsAreSaid();
    void metadataDialogSaysWhenNamesFail();
    void metricsPanelLoadsNoDefinitions();

private:
    void connectWith(const QString &key);
    MetricDialog *openDialog(const UsageMetric &metric);
    int requests(const QByteArray &fragment) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PostHogClient> m_client;
    std::unique_ptr<EditService> m_edits;
    std::unique_ptr<QWidget> m_top;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestMetricSuggestions::init()
{
    SandboxOptions options;
    options.groupTypeCount = 2;
    options.groupsPerType = 5;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    // Only the scopes a key needs without suggestions: the failure case.
    m_server->addApiKey(u"phx_no_definitions"_s,
                        {u"group:write"_s, u"project:read"_s, u"usage_metric:write"_s, u"activity_log:read"_s});
    connectWith(SandboxServer::demoKey());
}

void TestMetricSuggestions::cleanup()
{
    m_testers.clear();
    m_top.reset();
    m_edits.reset();
    m_client.reset();
    m_server.reset();
}

void TestMetricSuggestions::connectWith(const QString &key)
{
    m_top.reset();
    m_edits.reset();
    ConnectionSettings settings;
    settings.baseUrl = m_server->baseUrl();
    settings.apiKey = key;
    settings.maxRetries = 0;
    settings.requestsPerMinute = 100000;
    m_client = std::make_unique<PostHogClient>(settings);
    m_edits = std::make_unique<EditService>(m_client.get());
}

MetricDialog *TestMetricSuggestions::openDialog(const UsageMetric &metric)
{
    auto *dialog = new MetricDialog(m_client.get(), m_edits.get(), 0, metric, MetricDialog::Mode::Create);
    m_top.reset(dialog);
    auto *combo = dialog->findChild<QComboBox *>(u"mathPropertyCombo"_s);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(combo->model()));
    dialog->show();
    return dialog;
}

int TestMetricSuggestions::requests(const QByteArray &fragment) const
{
    const QList<QByteArray> log = m_server->requestLog();
    return int(std::count_if(log.cbegin(), log.cend(),
                             [&fragment](const QByteArray &line) { return line.contains(fragment); }));
}

void TestMetricSuggestions::sumSuggestsEventProperties()
{
    UsageMetric metric;
    metric.name = u"Revenue"_s;
    metric.math = u"sum"_s;
    MetricDialog *dialog = openDialog(metric);
    auto *combo = dialog->findChild<QComboBox *>(u"mathPropertyCombo"_s);
    auto *hint = dialog->findChild<QLabel *>(u"mathPropertyHint"_s);
    QVERIFY(combo && hint);
    QVERIFY(combo->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(comboItems(combo).contains(u"amount"_s), Timeout);
    // Event properties, not the group type's (whose names the sum cannot use).
    QVERIFY(comboItems(combo).contains(u"$browser"_s));
    QVERIFY(requests("property_definitions/?type=event") >= 1); // 173 names: two pages of 100
    QCOMPARE(requests("type=group"), 0);
    QCOMPARE(requests("groups/property_definitions"), 0);
    QVERIFY2(hint->text().contains(u"event property"_s), qPrintable(hint->text()));
    QVERIFY(combo->lineEdit()->text().isEmpty()); // no suggestion was picked for the user

    // Typing searches the server once the user pauses, and keeps what was typed.
    combo->lineEdit()->setFocus();
    QTest::keyClicks(combo->lineEdit(), u"reven"_s);
    QTRY_VERIFY_WITH_TIMEOUT(requests("search=reven") == 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(comboItems(combo), QStringList{u"revenue"_s}, Timeout);
    QCOMPARE(combo->lineEdit()->text(), u"reven"_s);
    QCOMPARE(requests("search=r&"), 0); // not one request per key
    QCOMPARE(dialog->metric().mathProperty, u"reven"_s);
}

void TestMetricSuggestions::typedNameIsKept()
{
    UsageMetric metric;
    metric.name = u"Custom"_s;
    metric.math = u"sum"_s;
    metric.mathProperty = u"not_an_event_property"_s;
    MetricDialog *dialog = openDialog(metric);
    auto *combo = dialog->findChild<QComboBox *>(u"mathPropertyCombo"_s);
    QTRY_VERIFY_WITH_TIMEOUT(comboItems(combo).contains(u"amount"_s), Timeout);
    QCOMPARE(combo->currentText(), u"not_an_event_property"_s);
    QCOMPARE(dialog->metric().mathProperty, u"not_an_event_property"_s);
}

void TestMetricSuggestions::warehouseSourceNamesTheTable()
{
    UsageMetric metric;
    metric.name = u"Charges"_s;
    metric.math = u"sum"_s;
    metric.mathProperty = u"amount_cents"_s;
    metric.filters = QJsonObject{{u"source"_s, u"data_warehouse"_s},
                                 {u"table_name"_s, u"stripe_charges"_s},
                                 {u"timestamp_field"_s, u"created"_s},
                                 {u"key_field"_s, u"customer_id"_s}};
    MetricDialog *dialog = openDialog(metric);
    auto *combo = dialog->findChild<QComboBox *>(u"mathPropertyCombo"_s);
    auto *hint = dialog->findChild<QLabel *>(u"mathPropertyHint"_s);
    QVERIFY2(hint->text().contains(u"stripe_charges"_s), qPrintable(hint->text()));
    QVERIFY2(hint->text().contains(u"column"_s), qPrintable(hint->text()));
    QVERIFY(combo->lineEdit()->placeholderText().contains(u"stripe_charges"_s));
    QCOMPARE(combo->currentText(), u"amount_cents"_s);
    // Event properties would be the wrong list for a table's column.
    QTRY_VERIFY_WITH_TIMEOUT(requests("type=event") >= 1, Timeout);
    QTest::qWait(100);
    QCOMPARE(combo->count(), 0);
    QCOMPARE(dialog->metric().mathProperty, u"amount_cents"_s);

    // Renaming the table renames it in the hint; back to events brings the suggestions back.
    MetricFiltersForm *form = dialog->findChild<MetricFiltersForm *>();
    form->tableEdit()->selectAll();
    QTest::keyClicks(form->tableEdit(), u"invoices"_s);
    QTRY_VERIFY_WITH_TIMEOUT(hint->text().contains(u"invoices"_s), Timeout);
    form->sourceCombo()->setCurrentIndex(form->sourceCombo()->findData(u"events"_s));
    QTRY_VERIFY_WITH_TIMEOUT(comboItems(combo).contains(u"amount"_s), Timeout);
    QVERIFY(!hint->text().contains(u"invoices"_s));
    QCOMPARE(combo->currentText(), u"amount_cents"_s);
}

void TestMetricSuggestions::failedSuggestionsAreSaid()
{
    connectWith(u"phx_no_definitions"_s);
    UsageMetric metric;
    metric.name = u"Revenue"_s;
    metric.math = u"sum"_s;
    MetricDialog *dialog = openDialog(metric);
    auto *combo = dialog->findChild<QComboBox *>(u"mathPropertyCombo"_s);
    auto *hint = dialog->findChild<QLabel *>(u"mathPropertyHint"_s);
    QTRY_VERIFY_WITH_TIMEOUT(hint->text().contains(u"could not be loaded"_s), Timeout);
    QVERIFY2(hint->text().contains(u"scope"_s), qPrintable(hint->text()));
    QVERIFY(hint->isVisible());
    QCOMPARE(combo->count(), 0);
    // Typing still works.
    QTest::keyClicks(combo->lineEdit(), u"amount"_s);
    QCOMPARE(dialog->metric().mathProperty, u"amount"_s);
}

void TestMetricSuggestions::metadataDialogSaysWhenNamesFail()
{
    connectWith(u"phx_no_definitions"_s);
    GroupType type;
    type.index = 0;
    type.codeName = u"organization"_s;
    auto *dialog = new GroupTypeMetadataDialog(m_client.get(), m_edits.get(), type);
    m_top.reset(dialog);
    dialog->show();
    auto *problem = dialog->findChild<QLabel *>(u"suggestionsProblem"_s);
    QVERIFY(problem);
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), Timeout);
    QVERIFY2(problem->text().contains(u"could not be loaded"_s), qPrintable(problem->text()));

    // With the scope, no problem is shown and the names arrive.
    connectWith(SandboxServer::demoKey());
    auto *fine = new GroupTypeMetadataDialog(m_client.get(), m_edits.get(), type);
    m_top.reset(fine);
    fine->show();
    auto *editor = fine->findChild<DefaultColumnsEditor *>();
    QTRY_VERIFY_WITH_TIMEOUT(editor->picker()->count() > 0, Timeout);
    QVERIFY(!fine->findChild<QLabel *>(u"suggestionsProblem"_s)->isVisible());
}

void TestMetricSuggestions::metricsPanelLoadsNoDefinitions()
{
    auto *panel = new UsageMetricsPanel(m_client.get(), m_edits.get());
    m_top.reset(panel);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(panel->model()));
    panel->show();
    const int before = m_server->requestCount();
    panel->setGroupType(0, u"Organization"_s);
    panel->setGroupType(1, u"Company"_s);
    // The metrics of both types load; the property definitions it never shows do not.
    QTRY_VERIFY_WITH_TIMEOUT(requests("groups_types/1/metrics/") >= 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->model()->isLoading(), Timeout);
    QTest::qWait(200);
    QVERIFY(m_server->requestCount() > before);
    QCOMPARE(requests("property_definitions"), 0);
}

QTEST_MAIN(TestMetricSuggestions)
#include "tst_metricsuggestions.moc"
