#include "metricdialog.h"

#include "editjob.h"
#include "editservice.h"
#include "metricnames.h"
#include "propertydefinitionsmodel.h"
#include "ui_metricdialog.h"

#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kCustomInterval = -1;
constexpr int kKeptInterval = -2; ///< the metric's own interval, which the spin box cannot show

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
    // customIntervalSpin offers 0 .. INT_MAX (PostHog's column is an integer with no range
    // check); anything else the server holds is shown as it is (see setMetric()).
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

    m_keptNote = new QLabel(this);
    m_keptNote->setObjectName(u"keptNote"_s);
    m_keptNote->setWordWrap(true);
    m_keptNote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_keptNote->hide();
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->generalError), m_keptNote);

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
    m_keptNote->clear();
    m_keptNote->hide();
    m_ui->nameEdit->setText(metric.name);
    showAsIs(m_ui->formatCombo, metric.format, tr("Format"));
    // The combo's own markers are negative, so only a positive interval can be a preset.
    const int preset = metric.interval > 0 ? m_ui->intervalCombo->findData(metric.interval) : -1;
    if (preset >= 0) {
        m_ui->intervalCombo->setCurrentIndex(preset);
    } else if (metric.interval >= m_ui->customIntervalSpin->minimum()) {
        m_ui->intervalCombo->setCurrentIndex(m_ui->intervalCombo->findData(kCustomInterval));
        m_ui->customIntervalSpin->setValue(metric.interval);
    } else {
        // Clamping would silently write the spin box's minimum on the next save.
        m_ui->intervalCombo->addItem(tr("%n day(s) (kept as it is)", nullptr, metric.interval), kKeptInterval);
        m_ui->intervalCombo->setCurrentIndex(m_ui->intervalCombo->count() - 1);
        m_keptNote->setText(tr("Interval: %n day(s) is kept as it is; this editor offers 0 days or more. "
                               "Choose another interval to change it.",
                               nullptr, metric.interval));
        m_keptNote->show();
    }
    showAsIs(m_ui->displayCombo, metric.display, tr("Display"));
    showAsIs(m_ui->mathCombo, metric.math, tr("Calculation"));
    m_ui->mathPropertyCombo->setCurrentIndex(-1);
    m_ui->mathPropertyCombo->setEditText(metric.mathProperty);
    m_ui->filtersForm->setFilters(metric.filters);
    updateEnabled();
}

void MetricDialog::showAsIs(QComboBox *combo, const QString &value, const QString &fieldLabel)
{
    int row = combo->findData(value);
    if (row < 0) {
        combo->addItem(tr("%1 (kept as it is)").arg(value), value);
        row = combo->count() - 1;
        const QString note = tr("%1: \"%2\" is kept as it is; this version of GroupDesk does not know it. "
                                "Choose another value to change it.")
                                 .arg(fieldLabel, value);
        m_keptNote->setText(m_keptNote->text().isEmpty() ? note : m_keptNote->text() + u'\n' + note);
        m_keptNote->show();
    }
    combo->setCurrentIndex(row);
}

QString MetricDialog::keptNote() const
{
    return m_keptNote->text();
}

UsageMetric MetricDialog::metric() const
{
    UsageMetric result = m_original;
    // Untouched text stays byte for byte (a name with padding made elsewhere is not "changed").
    const QString name = m_ui->nameEdit->text();
    result.name = name == m_original.name ? name : name.trimmed();
    result.format = m_ui->formatCombo->currentData().toString();
    const int interval = m_ui->intervalCombo->currentData().toInt();
    if (interval == kCustomInterval)
        result.interval = m_ui->customIntervalSpin->value();
    else if (interval != kKeptInterval)
        result.interval = interval;
    result.display = m_ui->displayCombo->currentData().toString();
    result.math = m_ui->mathCombo->currentData().toString();
    const QString property = m_ui->mathPropertyCombo->currentText();
    if (result.math == u"sum")
        result.mathProperty = property == m_original.mathProperty ? property : property.trimmed();
    else if (result.math == u"count")
        result.mathProperty.clear();
    // else: a math this client does not know keeps its property as the server has it.
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
    const bool edit = m_mode == Mode::Edit && !candidate.id.isEmpty();
    // An edit sends (and so judges) only what the user changed.
    const QJsonObject changes = edit ? candidate.changesFrom(m_original) : candidate.toJson();
    if (edit && changes.isEmpty()) {
        accept();
        return;
    }
    const QList<UsageMetric::Problem> problems = edit ? candidate.validateFields(changes.keys()) : candidate.validate();
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
    if (edit)
        m_saving = m_edits->updateMetric(m_typeIndex, candidate.id, changes, m_original);
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
