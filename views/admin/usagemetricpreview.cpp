#include "usagemetricpreview.h"

#include "usagemetricvaluesmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

UsageMetricPreview::UsageMetricPreview(PostHogClient *client, QWidget *parent)
    : QWidget(parent)
    , m_model(new UsageMetricValuesModel(client, this))
    , m_key(new QLineEdit(this))
    , m_show(new QPushButton(tr("&Show values"), this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
{
    auto *label = new QLabel(tr("Preview for gr&oup:"), this);
    label->setBuddy(m_key);
    m_key->setPlaceholderText(tr("Group key, e.g. org:42"));
    m_key->setAccessibleName(tr("Preview group key"));
    m_key->setClearButtonEnabled(true);
    m_show->setAccessibleName(tr("Show usage metric values for the preview group"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Usage metric values of the preview group"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // A few rows are enough here; the metric definitions above keep most of the height.
    m_view->setMaximumHeight(m_view->fontMetrics().height() * 9);
    m_summary->setAccessibleName(tr("Saved metric preview"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_key, 1);
    row->addWidget(m_show);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    layout->addWidget(m_status);

    connect(m_key, &QLineEdit::returnPressed, this, [this] { load(false); });
    connect(m_show, &QPushButton::clicked, this, [this] { load(false); });
    connect(m_model, &UsageMetricValuesModel::loaded, this, &UsageMetricPreview::onLoaded);
    connect(m_model, &UsageMetricValuesModel::loadingChanged, this, &UsageMetricPreview::updateStatus);
    connect(m_model, &UsageMetricValuesModel::errorOccurred, this, &UsageMetricPreview::updateStatus);
    updateStatus();
}

UsageMetricPreview::~UsageMetricPreview() = default;

void UsageMetricPreview::setGroupType(int index)
{
    if (index == m_typeIndex)
        return;
    m_typeIndex = index;
    m_savedId.clear();
    m_savedName.clear();
    m_summary->clear();
    load(false);
}

void UsageMetricPreview::setGroupKey(const QString &key)
{
    m_key->setText(key);
    load(false);
}

QString UsageMetricPreview::groupKey() const
{
    return m_key->text().trimmed();
}

void UsageMetricPreview::showSaved(const QString &metricId, const QString &metricName)
{
    m_savedId = metricId;
    m_savedName = metricName;
    load(true);
}

void UsageMetricPreview::load(bool forceRefresh)
{
    const QString key = groupKey();
    if (key.isEmpty() || m_typeIndex < 0) {
        m_model->setGroup(m_typeIndex, QString()); // empties the table
        updateStatus();
        return;
    }
    m_model->setGroup(m_typeIndex, key, forceRefresh);
    updateStatus();
}

void UsageMetricPreview::onLoaded()
{
    m_view->resizeColumnsToContents();
    const int row = m_savedId.isEmpty() ? -1 : m_model->rowForId(m_savedId);
    if (row < 0) {
        m_summary->clear();
    } else {
        m_view->selectRow(row);
        const auto cell = [this, row](int column) { return m_model->index(row, column).data().toString(); };
        const QString change = cell(UsageMetricValuesModel::Change);
        m_summary->setText(tr("Saved “%1”: %2 for %3 (previous period %4, change %5)")
                               .arg(cell(UsageMetricValuesModel::Metric), cell(UsageMetricValuesModel::Value),
                                    groupKey(), cell(UsageMetricValuesModel::Previous),
                                    change.isEmpty() ? tr("none") : change));
    }
    updateStatus();
}

void UsageMetricPreview::updateStatus()
{
    m_status->setText(statusText());
}

QString UsageMetricPreview::statusText() const
{
    if (m_typeIndex < 0)
        return {};
    if (groupKey().isEmpty())
        return tr("Enter a group key to see each metric's value for that group.");
    if (m_model->isLoading())
        return m_savedName.isEmpty() ? tr("Calculating usage metric values…")
                                     : tr("Calculating “%1” for %2…").arg(m_savedName, groupKey());
    if (!m_model->lastError().isOk())
        return m_model->lastError().userMessage();
    if (m_model->rowCount() == 0)
        return tr("This group type has no usage metrics yet.");
    return {};
}
