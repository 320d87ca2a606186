#include "metricfiltersform.h"

#include "propertyfilterseditor.h"
#include "usagemetric.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString kSource = u"source"_s;
const QString kWarehouse = u"data_warehouse"_s;
} // namespace

MetricFiltersForm::MetricFiltersForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QFormLayout;
    layout->addLayout(top);
    m_source = new QComboBox(this);
    m_source->addItem(UsageMetric::label(u"events"_s), u"events"_s);
    m_source->addItem(UsageMetric::label(kWarehouse), kWarehouse);
    m_source->setAccessibleName(tr("Source"));
    top->addRow(tr("S&ource:"), m_source);

    m_pages = new QStackedWidget(this);
    auto *eventsPage = new QWidget(m_pages);
    auto *eventsForm = new QFormLayout(eventsPage);
    eventsForm->setContentsMargins(0, 0, 0, 0);
    m_events = new QLineEdit(eventsPage);
    m_events->setPlaceholderText(tr("e.g. $pageview, invoice paid"));
    m_events->setAccessibleName(tr("Event names, comma separated"));
    eventsForm->addRow(tr("E&vents:"), m_events);
    m_testAccounts = new QCheckBox(tr("Filter out &test accounts"), eventsPage);
    m_testAccounts->setAccessibleName(tr("Filter out test accounts"));
    m_properties = new PropertyFiltersEditor(eventsPage);
    eventsForm->addRow(tr("Where:"), m_properties);
    eventsForm->addRow(QString(), m_testAccounts);
    m_pages->addWidget(eventsPage);

    auto *warehousePage = new QWidget(m_pages);
    auto *warehouseForm = new QFormLayout(warehousePage);
    warehouseForm->setContentsMargins(0, 0, 0, 0);
    m_table = new QLineEdit(warehousePage);
    m_table->setAccessibleName(tr("Table name"));
    warehouseForm->addRow(tr("T&able:"), m_table);
    m_timestamp = new QLineEdit(warehousePage);
    m_timestamp->setAccessibleName(tr("Timestamp field"));
    warehouseForm->addRow(tr("Timesta&mp field:"), m_timestamp);
    m_key = new QLineEdit(warehousePage);
    m_key->setAccessibleName(tr("Key field"));
    warehouseForm->addRow(tr("&Key field:"), m_key);
    m_pages->addWidget(warehousePage);
    layout->addWidget(m_pages);

    auto *advanced = new QGroupBox(tr("Advanced: filters as JSON"), this);
    auto *advancedLayout = new QVBoxLayout(advanced);
    m_json = new QPlainTextEdit(advanced);
    m_json->setAccessibleName(tr("Filters JSON"));
    m_json->setTabChangesFocus(true);
    m_json->setFont(QFont(u"monospace"_s));
    m_json->setMinimumHeight(80);
    m_json->setMaximumHeight(160);
    advancedLayout->addWidget(m_json);
    m_jsonStatus = new QLabel(advanced);
    m_jsonStatus->setWordWrap(true);
    advancedLayout->addWidget(m_jsonStatus);
    layout->addWidget(advanced);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        fromForm();
    });
    for (QLineEdit *edit : {m_events, m_table, m_timestamp, m_key})
        connect(edit, &QLineEdit::textEdited, this, &MetricFiltersForm::fromForm);
    connect(m_testAccounts, &QCheckBox::toggled, this, &MetricFiltersForm::fromForm);
    connect(m_properties, &PropertyFiltersEditor::filtersChanged, this, &MetricFiltersForm::fromForm);
    connect(m_json, &QPlainTextEdit::textChanged, this, &MetricFiltersForm::fromJson);
    setFilters(QJsonObject{{u"events"_s, QJsonArray()}});
}

MetricFiltersForm::~MetricFiltersForm() = default;

void MetricFiltersForm::setFilters(const QJsonObject &filters)
{
    m_filters = filters;
    showInForm();
    showJson();
    Q_EMIT filtersChanged();
}

void MetricFiltersForm::fromForm()
{
    if (m_updating)
        return;
    const bool warehouse = m_source->currentData().toString() == kWarehouse;
    if (warehouse) {
        m_filters.insert(kSource, kWarehouse);
        m_filters.insert(u"table_name"_s, m_table->text().trimmed());
        m_filters.insert(u"timestamp_field"_s, m_timestamp->text().trimmed());
        m_filters.insert(u"key_field"_s, m_key->text().trimmed());
        m_filters.remove(u"events"_s);
        m_filters.remove(u"filter_test_accounts"_s);
    } else {
        m_filters.remove(kSource);
        m_filters.remove(u"table_name"_s);
        m_filters.remove(u"timestamp_field"_s);
        m_filters.remove(u"key_field"_s);
        QJsonArray events;
        const QStringList names = m_events->text().split(u',', Qt::SkipEmptyParts);
        for (const QString &raw : names) {
            const QString name = raw.trimmed();
            if (!name.isEmpty())
                events.append(QJsonObject{{u"id"_s, name}, {u"name"_s, name}, {u"type"_s, u"events"_s}});
        }
        m_filters.insert(u"events"_s, events);
        const QJsonArray properties = m_properties->filters();
        if (properties.isEmpty())
            m_filters.remove(u"properties"_s);
        else
            m_filters.insert(u"properties"_s, properties);
        if (m_testAccounts->isChecked())
            m_filters.insert(u"filter_test_accounts"_s, true);
        else
            m_filters.remove(u"filter_test_accounts"_s);
    }
    showJson();
    Q_EMIT filtersChanged();
}

void MetricFiltersForm::fromJson()
{
    if (m_updating)
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &error);
    m_jsonError = error.error != QJsonParseError::NoError || !doc.isObject();
    if (m_jsonError) {
        m_jsonStatus->setText(error.error != QJsonParseError::NoError
                                  ? tr("Not valid JSON (%1 at character %2); the form keeps the last valid filters.")
                                        .arg(error.errorString())
                                        .arg(error.offset)
                                  : tr("Filters must be a JSON object { … }."));
    } else {
        m_jsonStatus->clear();
        m_filters = doc.object();
        showInForm();
    }
    Q_EMIT filtersChanged();
}

void MetricFiltersForm::showInForm()
{
    m_updating = true;
    const bool warehouse = m_filters.value(kSource).toString() == kWarehouse;
    m_source->setCurrentIndex(warehouse ? 1 : 0);
    m_pages->setCurrentIndex(warehouse ? 1 : 0);
    QStringList names;
    const QJsonArray events = m_filters.value(u"events"_s).toArray();
    for (const auto &event : events) {
        const QJsonObject object = event.toObject();
        const QString name = object.value(u"id"_s).toString(object.value(u"name"_s).toString(event.toString()));
        if (!name.isEmpty())
            names.append(name);
    }
    // Only rewrite the text when it means something else, so typing ", " is not undone.
    const QStringList typed = m_events->text().split(u',', Qt::SkipEmptyParts);
    QStringList typedTrimmed;
    for (const QString &t : typed)
        if (!t.trimmed().isEmpty())
            typedTrimmed.append(t.trimmed());
    if (typedTrimmed != names)
        m_events->setText(names.join(u", "_s));
    m_testAccounts->setChecked(m_filters.value(u"filter_test_accounts"_s).toBool());
    m_properties->setFilters(m_filters.value(u"properties"_s).toArray());
    m_table->setText(m_filters.value(u"table_name"_s).toString());
    m_timestamp->setText(m_filters.value(u"timestamp_field"_s).toString());
    m_key->setText(m_filters.value(u"key_field"_s).toString());
    m_updating = false;
}

void MetricFiltersForm::showJson()
{
    m_updating = true;
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(m_filters).toJson(QJsonDocument::Indented)));
    m_jsonError = false;
    m_jsonStatus->clear();
    m_updating = false;
}
