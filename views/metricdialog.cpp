#include "metricdialog.h"

#include "editjob.h"
#include "editservice.h"
#include "metricnames.h"
#include "propertydefinitionsmodel.h"
#include "ui_metricdialog.h"

#include <QPushButton>

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
    , m_ui(std::make_unique<Ui::MetricDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(mode == Mode::Edit ? tr("Edit usage metric") : tr("New usage metric"));
    // Each label sits under its field and is named after the server's attr for that field.
    for (const QString &field :
         {u"name"_s, u"format"_s, u"interval"_s, u"display"_s, u"math"_s, u"math_property"_s, u"filters"_s})
        m_errors.insert(field, findChild<QLabel *>(u"error_"_s + field));

    // Items carry the server's enum values as data, which a .ui cannot express.
    m_ui->nameEdit->setMaxLength(UsageMetric::MaxNameLength);
    for (const QString &format : UsageMetric::formats())
        m_ui->formatCombo->addItem(UsageMetric::label(format), format);
    m_ui->intervalCombo->addItem(tr("7 days"), 7);
    m_ui->intervalCombo->addItem(tr("30 days"), 30);
    m_ui->intervalCombo->addItem(tr("90 days"), 90);
    m_ui->intervalCombo->addItem(tr("Custom"), kCustomInterval);
    // customIntervalSpin starts at 0 (see the .ui) so that validate() can explain why 0 is refused.
    for (const QString &display : UsageMetric::displays())
        m_ui->displayCombo->addItem(UsageMetric::label(display), display);
    for (const QString &math : UsageMetric::maths())
        m_ui->mathCombo->addItem(UsageMetric::label(math), math);

    m_properties = new PropertyDefinitionsModel(client, this);
    m_ui->mathPropertyCombo->setModel(m_properties);
    // QComboBox picks the first suggestion when rows arrive; keep what the metric or user says.
    // The guard spans "about to" .. "done" so the combo's own selection is not mistaken for input.
    auto hold = [this] { m_holdMathProperty = true; };
    auto keepText = [this] {
        m_ui->mathPropertyCombo->setCurrentIndex(-1);
        m_ui->mathPropertyCombo->setEditText(m_mathPropertyText);
        m_holdMathProperty = false;
    };
    connect(m_properties, &QAbstractItemModel::modelAboutToBeReset, this, hold);
    connect(m_properties, &QAbstractItemModel::rowsAboutToBeInserted, this, hold);
    connect(m_properties, &QAbstractItemModel::modelReset, this, keepText);
    connect(m_properties, &QAbstractItemModel::rowsInserted, this, keepText);
    connect(m_ui->mathPropertyCombo, &QComboBox::editTextChanged, this, [this](const QString &text) {
        if (!m_holdMathProperty)
            m_mathPropertyText = text;
    });
    if (client && typeIndex >= 0)
        m_properties->setGroupType(typeIndex);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &MetricDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->intervalCombo, &QComboBox::currentIndexChanged, this, &MetricDialog::updateEnabled);
    connect(m_ui->mathCombo, &QComboBox::currentIndexChanged, this, &MetricDialog::updateEnabled);

    setMetric(metric);
    resize(560, sizeHint().height());
}

MetricDialog::~MetricDialog() = default;

void MetricDialog::setMetric(const UsageMetric &metric)
{
    m_ui->nameEdit->setText(metric.name);
    m_ui->formatCombo->setCurrentIndex(qMax(0, m_ui->formatCombo->findData(metric.format)));
    const int preset = m_ui->intervalCombo->findData(metric.interval);
    m_ui->intervalCombo->setCurrentIndex(preset >= 0 ? preset : m_ui->intervalCombo->findData(kCustomInterval));
    m_ui->customIntervalSpin->setValue(metric.interval);
    m_ui->displayCombo->setCurrentIndex(qMax(0, m_ui->displayCombo->findData(metric.display)));
    m_ui->mathCombo->setCurrentIndex(qMax(0, m_ui->mathCombo->findData(metric.math)));
    m_ui->mathPropertyCombo->setCurrentIndex(-1);
    m_ui->mathPropertyCombo->setEditText(metric.mathProperty);
    m_ui->filtersForm->setFilters(metric.filters);
    updateEnabled();
}

UsageMetric MetricDialog::metric() const
{
    UsageMetric result = m_original;
    result.name = m_ui->nameEdit->text().trimmed();
    result.format = m_ui->formatCombo->currentData().toString();
    const int interval = m_ui->intervalCombo->currentData().toInt();
    result.interval = interval == kCustomInterval ? m_ui->customIntervalSpin->value() : interval;
    result.display = m_ui->displayCombo->currentData().toString();
    result.math = m_ui->mathCombo->currentData().toString();
    result.mathProperty = result.math == u"sum" ? m_ui->mathPropertyCombo->currentText().trimmed() : QString();
    result.filters = m_ui->filtersForm->filters();
    return result;
}

QString MetricDialog::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field, nullptr);
    return label ? label->text() : (field.isEmpty() ? m_ui->generalError->text() : QString());
}

void MetricDialog::updateEnabled()
{
    m_ui->customIntervalSpin->setVisible(m_ui->intervalCombo->currentData().toInt() == kCustomInterval);
    m_ui->customIntervalSpin->setEnabled(m_ui->customIntervalSpin->isVisibleTo(this));
    m_ui->mathPropertyCombo->setEnabled(m_ui->mathCombo->currentData().toString() == u"sum");
}

void MetricDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_ui->generalError->clear();
    m_ui->generalError->hide();
}

void MetricDialog::showError(const QString &field, const QString &message)
{
    QLabel *label = m_errors.value(field, m_ui->generalError);
    label->setText(label->text().isEmpty() ? message : label->text() + u'\n' + message);
    label->show();
}

void MetricDialog::save()
{
    if (m_saving)
        return;
    clearErrors();
    if (m_ui->filtersForm->hasJsonError()) {
        showError(u"filters"_s, tr("The filters JSON is not valid; fix it or use the form."));
        return;
    }
    const UsageMetric candidate = metric();
    const QList<UsageMetric::Problem> problems = candidate.validate(UsageMetric::Rules::Editor);
    for (const UsageMetric::Problem &problem : problems)
        showError(problem.field, problem.message);
    const bool taken = MetricNames::isTaken(candidate.name, m_takenNames);
    if (taken)
        showError(u"name"_s, MetricNames::takenMessage(candidate.name));
    if (!problems.isEmpty() || taken || !m_edits)
        return;
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("Saving…"));
    // The metric as the dialog opened it is what undo restores.
    if (m_mode == Mode::Edit && !candidate.id.isEmpty())
        m_saving = m_edits->updateMetric(m_typeIndex, candidate.id, candidate.toJson(), m_original);
    else
        m_saving = m_edits->createMetric(m_typeIndex, candidate);
    connect(m_saving, &EditJob::finished, this, &MetricDialog::onSaved);
}

void MetricDialog::onSaved(const EditResult &result)
{
    m_saving.clear();
    if (result.ok()) {
        accept();
        return;
    }
    // Stay open with the user's input and the server's reason under its field.
    const EditFailure &failure = result.failure;
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    const QString attr = failure.error.attr().isEmpty() ? failure.field : failure.error.attr();
    const QString message = failure.error.detail().isEmpty() ? failure.error.userMessage() : failure.error.detail();
    showError(m_errors.contains(attr) ? attr : QString(),
              m_errors.contains(attr) ? message
                                      : tr("The server refused the metric: %1").arg(failure.error.userMessage()));
}

void MetricDialog::setReadOnly(bool readOnly)
{
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child != m_ui->buttons)
            child->setEnabled(!readOnly);
    }
    m_ui->buttons->button(QDialogButtonBox::Save)->setVisible(!readOnly);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(readOnly ? tr("&Close") : tr("&Cancel"));
}
