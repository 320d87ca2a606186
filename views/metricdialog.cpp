#include "metricdialog.h"

#include "editfailure.h"
#include "editservice.h"
#include "inlineerrorlabel.h"
#include "metricfiltersform.h"
#include "propertydefinitionsmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kCustomInterval = -1;

} // namespace

MetricDialog::MetricDialog(PostHogClient *client, EditService *edits, int typeIndex, const UsageMetric &metric,
                           Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_typeIndex(typeIndex)
    , m_original(metric)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::Edit ? tr("Edit usage metric") : tr("New usage metric"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto addError = [this, form](const QString &field) {
        QLabel *label = new InlineErrorLabel(this);
        label->setObjectName(u"error_"_s + field);
        m_errors.insert(field, label);
        form->addRow(QString(), label);
    };

    m_name = new QLineEdit(this);
    m_name->setMaxLength(UsageMetric::MaxNameLength);
    m_name->setAccessibleName(tr("Metric name"));
    form->addRow(tr("&Name:"), m_name);
    addError(u"name"_s);

    m_format = new QComboBox(this);
    m_format->addItem(tr("Number"), u"numeric"_s);
    m_format->addItem(tr("Currency"), u"currency"_s);
    m_format->setAccessibleName(tr("Format"));
    form->addRow(tr("&Format:"), m_format);
    addError(u"format"_s);

    auto *intervalRow = new QHBoxLayout;
    m_interval = new QComboBox(this);
    m_interval->addItem(tr("7 days"), 7);
    m_interval->addItem(tr("30 days"), 30);
    m_interval->addItem(tr("90 days"), 90);
    m_interval->addItem(tr("Custom"), kCustomInterval);
    m_interval->setAccessibleName(tr("Interval"));
    m_customInterval = new QSpinBox(this);
    m_customInterval->setRange(0, 3650); // 0 is allowed here so validate() can explain it
    m_customInterval->setSuffix(tr(" days"));
    m_customInterval->setAccessibleName(tr("Custom interval in days"));
    intervalRow->addWidget(m_interval);
    intervalRow->addWidget(m_customInterval, 1);
    auto *intervalLabel = new QLabel(tr("&Interval:"), this);
    intervalLabel->setBuddy(m_interval);
    form->addRow(intervalLabel, intervalRow);
    addError(u"interval"_s);

    m_display = new QComboBox(this);
    m_display->addItem(tr("Number"), u"number"_s);
    m_display->addItem(tr("Sparkline"), u"sparkline"_s);
    m_display->setAccessibleName(tr("Display"));
    form->addRow(tr("&Display:"), m_display);
    addError(u"display"_s);

    auto *mathRow = new QHBoxLayout;
    m_math = new QComboBox(this);
    m_math->addItem(tr("Count of events"), u"count"_s);
    m_math->addItem(tr("Sum of a property"), u"sum"_s);
    m_math->setAccessibleName(tr("Calculation"));
    m_mathProperty = new QComboBox(this);
    m_mathProperty->setEditable(true);
    m_mathProperty->setInsertPolicy(QComboBox::NoInsert);
    m_mathProperty->setAccessibleName(tr("Property to sum"));
    m_properties = new PropertyDefinitionsModel(client, this);
    m_mathProperty->setModel(m_properties);
    // QComboBox picks the first suggestion when rows arrive; keep what the metric or user says.
    // The guard spans "about to" .. "done" so the combo's own selection is not mistaken for input.
    auto hold = [this] { m_holdMathProperty = true; };
    auto keepText = [this] {
        m_mathProperty->setCurrentIndex(-1);
        m_mathProperty->setEditText(m_mathPropertyText);
        m_holdMathProperty = false;
    };
    connect(m_properties, &QAbstractItemModel::modelAboutToBeReset, this, hold);
    connect(m_properties, &QAbstractItemModel::rowsAboutToBeInserted, this, hold);
    connect(m_properties, &QAbstractItemModel::modelReset, this, keepText);
    connect(m_properties, &QAbstractItemModel::rowsInserted, this, keepText);
    connect(m_mathProperty, &QComboBox::editTextChanged, this, [this](const QString &text) {
        if (!m_holdMathProperty)
            m_mathPropertyText = text;
    });
    if (client && typeIndex >= 0)
        m_properties->setGroupType(typeIndex);
    mathRow->addWidget(m_math);
    mathRow->addWidget(m_mathProperty, 1);
    auto *mathLabel = new QLabel(tr("&Calculation:"), this);
    mathLabel->setBuddy(m_math);
    form->addRow(mathLabel, mathRow);
    addError(u"math"_s);
    addError(u"math_property"_s);

    m_filters = new MetricFiltersForm(this);
    layout->addWidget(m_filters, 1);
    m_errors.insert(u"filters"_s, new InlineErrorLabel(this));
    layout->addWidget(m_errors.value(u"filters"_s));

    m_general = new InlineErrorLabel(this);
    m_general->setAccessibleName(tr("Save problem"));
    layout->addWidget(m_general);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MetricDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_interval, &QComboBox::currentIndexChanged, this, &MetricDialog::updateEnabled);
    connect(m_math, &QComboBox::currentIndexChanged, this, &MetricDialog::updateEnabled);

    if (m_edits) {
        connect(m_edits, &EditService::editFailed, this, &MetricDialog::onFailed);
        connect(m_edits, &EditService::editFinished, this, &MetricDialog::onFinished);
    }
    setMetric(metric);
    resize(560, sizeHint().height());
}

MetricDialog::~MetricDialog() = default;

void MetricDialog::setMetric(const UsageMetric &metric)
{
    m_name->setText(metric.name);
    m_format->setCurrentIndex(qMax(0, m_format->findData(metric.format)));
    const int preset = m_interval->findData(metric.interval);
    m_interval->setCurrentIndex(preset >= 0 ? preset : m_interval->findData(kCustomInterval));
    m_customInterval->setValue(metric.interval);
    m_display->setCurrentIndex(qMax(0, m_display->findData(metric.display)));
    m_math->setCurrentIndex(qMax(0, m_math->findData(metric.math)));
    m_mathProperty->setCurrentIndex(-1);
    m_mathProperty->setEditText(metric.mathProperty);
    m_filters->setFilters(metric.filters);
    updateEnabled();
}

UsageMetric MetricDialog::metric() const
{
    UsageMetric result = m_original;
    result.name = m_name->text().trimmed();
    result.format = m_format->currentData().toString();
    const int interval = m_interval->currentData().toInt();
    result.interval = interval == kCustomInterval ? m_customInterval->value() : interval;
    result.display = m_display->currentData().toString();
    result.math = m_math->currentData().toString();
    result.mathProperty = result.math == u"sum" ? m_mathProperty->currentText().trimmed() : QString();
    result.filters = m_filters->filters();
    return result;
}

QString MetricDialog::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field, nullptr);
    return label ? label->text() : (field.isEmpty() ? m_general->text() : QString());
}

void MetricDialog::updateEnabled()
{
    m_customInterval->setVisible(m_interval->currentData().toInt() == kCustomInterval);
    m_customInterval->setEnabled(m_customInterval->isVisibleTo(this));
    m_mathProperty->setEnabled(m_math->currentData().toString() == u"sum");
}

void MetricDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_general->clear();
    m_general->hide();
}

void MetricDialog::showError(const QString &field, const QString &message)
{
    QLabel *label = m_errors.value(field, m_general);
    label->setText(label->text().isEmpty() ? message : label->text() + u'\n' + message);
    label->show();
}

void MetricDialog::save()
{
    if (m_ticket != 0)
        return;
    clearErrors();
    if (m_filters->hasJsonError()) {
        showError(u"filters"_s, tr("The filters JSON is not valid; fix it or use the form."));
        return;
    }
    const UsageMetric candidate = metric();
    const QList<UsageMetric::Problem> problems = candidate.validate();
    for (const UsageMetric::Problem &problem : problems)
        showError(problem.field, problem.message);
    if (!problems.isEmpty() || !m_edits)
        return;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Saving…"));
    if (m_mode == Mode::Edit && !candidate.id.isEmpty())
        m_ticket = m_edits->updateMetric(m_typeIndex, candidate.id, candidate.toJson());
    else
        m_ticket = m_edits->createMetric(m_typeIndex, candidate);
}

void MetricDialog::onFailed(const EditFailure &failure)
{
    if (m_ticket == 0 || failure.ticket != m_ticket)
        return;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    const QString attr = failure.error.attr().isEmpty() ? failure.field : failure.error.attr();
    const QString message = failure.error.detail().isEmpty() ? failure.error.userMessage() : failure.error.detail();
    showError(m_errors.contains(attr) ? attr : QString(),
              m_errors.contains(attr) ? message
                                      : tr("The server refused the metric: %1").arg(failure.error.userMessage()));
}

void MetricDialog::onFinished(quint64 ticket, bool ok)
{
    // Failures were shown by onFailed() (editFailed comes first); the dialog stays open.
    if (m_ticket == 0 || ticket != m_ticket)
        return;
    m_ticket = 0;
    if (ok)
        accept();
}

void MetricDialog::setReadOnly(bool readOnly)
{
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child != m_buttons)
            child->setEnabled(!readOnly);
    }
    m_buttons->button(QDialogButtonBox::Save)->setVisible(!readOnly);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(readOnly ? tr("&Close") : tr("&Cancel"));
}
