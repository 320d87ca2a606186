#include "usagemetricspanel.h"

#include "editfailure.h"
#include "editservice.h"
#include "metricdialog.h"
#include "metricitemdelegate.h"
#include "metricnames.h"
#include "readonlybanner.h"
#include "usagemetricpreview.h"
#include "usagemetricsmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

UsageMetricsPanel::UsageMetricsPanel(PostHogClient *client, EditService *edits, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_edits(edits)
{
    m_model = new UsageMetricsModel(client, edits, this);

    auto *layout = new QVBoxLayout(this);
    m_banner = new ReadOnlyBanner(this);
    layout->addWidget(m_banner);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    layout->addWidget(m_title);
    m_note =
        new QLabel(tr("Usage metrics appear on every group's page. Double-click a cell to change it in place."), this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Usage metrics"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MetricItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New…"), this);
    m_newButton->setAccessibleName(tr("New usage metric"));
    m_editButton = new QPushButton(tr("Ed&it…"), this);
    m_editButton->setAccessibleName(tr("Edit usage metric"));
    m_duplicateButton = new QPushButton(tr("Du&plicate…"), this);
    m_duplicateButton->setAccessibleName(tr("Duplicate usage metric"));
    m_deleteButton = new QPushButton(tr("&Delete…"), this);
    m_deleteButton->setAccessibleName(tr("Delete usage metric"));
    for (QPushButton *b : {m_newButton, m_editButton, m_duplicateButton, m_deleteButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_preview = new UsageMetricPreview(client, this);
    layout->addWidget(m_preview);

    m_newAction = new QAction(tr("&New Usage Metric…"), this);
    m_editAction = new QAction(tr("&Edit Usage Metric…"), this);
    m_duplicateAction = new QAction(tr("D&uplicate Usage Metric…"), this);
    m_deleteAction = new QAction(tr("&Delete Usage Metric…"), this);
    m_reloadAction = new QAction(tr("&Reload Usage Metrics"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_deleteAction);
    connect(m_newAction, &QAction::triggered, this, &UsageMetricsPanel::newMetric);
    connect(m_editAction, &QAction::triggered, this, &UsageMetricsPanel::editMetric);
    connect(m_duplicateAction, &QAction::triggered, this, &UsageMetricsPanel::duplicateMetric);
    connect(m_deleteAction, &QAction::triggered, this, &UsageMetricsPanel::deleteMetric);
    connect(m_reloadAction, &QAction::triggered, this, &UsageMetricsPanel::reload);
    connect(m_newButton, &QPushButton::clicked, this, &UsageMetricsPanel::newMetric);
    connect(m_editButton, &QPushButton::clicked, this, &UsageMetricsPanel::editMetric);
    connect(m_duplicateButton, &QPushButton::clicked, this, &UsageMetricsPanel::duplicateMetric);
    connect(m_deleteButton, &QPushButton::clicked, this, &UsageMetricsPanel::deleteMetric);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsageMetricsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsageMetricsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &UsageMetricsPanel::updateActions);
    // Loading ends before or after the rows arrive depending on the model; judge on both.
    auto updateStatus = [this] {
        const QString loading = tr("Loading usage metrics…");
        const QString empty = tr("No usage metrics yet. Use New… to add one.");
        if (m_model->isLoading())
            m_status->setText(loading);
        else if (m_model->rowCount() == 0 && m_typeIndex >= 0)
            m_status->setText(empty);
        else if (m_status->text() == loading || m_status->text() == empty)
            m_status->clear();
    };
    connect(m_model, &UsageMetricsModel::loadingChanged, this, updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateStatus);
    connect(m_model, &UsageMetricsModel::loaded, this, [this] { m_view->resizeColumnsToContents(); });
    connect(m_model, &UsageMetricsModel::errorOccurred, this,
            [this](const ApiError &error) { m_status->setText(error.userMessage()); });
    connect(m_model, &UsageMetricsModel::editRejected, this,
            [this](int, const QString &, const QString &message) { m_status->setText(message); });
    if (m_edits) {
        connect(m_edits, &EditService::editFailed, this, &UsageMetricsPanel::onEditFailed);
        // A saved metric shows its values for the preview group at once (recalculated).
        const auto saved = [this](int typeIndex, const UsageMetric &metric) {
            if (typeIndex == m_typeIndex)
                m_preview->showSaved(metric.id, metric.name);
        };
        connect(m_edits, &EditService::metricCreated, this, saved);
        connect(m_edits, &EditService::metricChanged, this, saved);
        connect(m_edits, &EditService::metricDeleted, this, [this](int typeIndex) {
            if (typeIndex == m_typeIndex)
                m_preview->showSaved({}, {});
        });
    }
    setGroupType(-1, QString());
}

UsageMetricsPanel::~UsageMetricsPanel() = default;

void UsageMetricsPanel::setGroupType(int index, const QString &displayName)
{
    m_typeIndex = index;
    m_typeName = displayName;
    m_title->setText(index < 0 ? tr("Usage metrics") : tr("Usage metrics of %1").arg(displayName));
    if (index >= 0 && m_client) {
        m_model->setGroupType(index);
    }
    m_preview->setGroupType(index);
    updateActions();
}

void UsageMetricsPanel::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_banner->setReason(readOnly ? reason : QString());
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    updateActions();
    Q_EMIT readOnlyChanged(readOnly, reason);
}

int UsageMetricsPanel::currentRow() const
{
    return m_view->currentIndex().row();
}

void UsageMetricsPanel::newMetric()
{
    if (m_typeIndex < 0 || m_readOnly)
        return;
    UsageMetric metric;
    metric.filters.insert(QStringLiteral("events"), QJsonArray());
    auto *dialog = new MetricDialog(m_client, m_edits, m_typeIndex, metric, MetricDialog::Mode::Create, this);
    dialog->setTakenNames(m_model->names());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("metricDialog"));
    dialog->open();
}

void UsageMetricsPanel::editMetric()
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto *dialog =
        new MetricDialog(m_client, m_edits, m_typeIndex, m_model->metric(row), MetricDialog::Mode::Edit, this);
    dialog->setTakenNames(m_model->names(m_model->metric(row).id));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("metricDialog"));
    dialog->setReadOnly(m_readOnly);
    dialog->open();
}

void UsageMetricsPanel::duplicateMetric()
{
    const int row = currentRow();
    if (row < 0 || m_readOnly)
        return;
    UsageMetric copy = m_model->metric(row);
    copy.id.clear();
    // Names are unique per group type on the server, so propose a free one.
    copy.name = MetricNames::freeCopyName(copy.name, m_model->names());
    auto *dialog = new MetricDialog(m_client, m_edits, m_typeIndex, copy, MetricDialog::Mode::Create, this);
    dialog->setTakenNames(m_model->names());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("metricDialog"));
    dialog->open();
}

void UsageMetricsPanel::deleteMetric()
{
    const int row = currentRow();
    if (row < 0 || m_readOnly)
        return;
    const UsageMetric metric = m_model->metric(row);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Delete usage metric"),
                        tr("Delete the usage metric “%1”? You can undo this with Edit > Undo.").arg(metric.name),
                        QMessageBox::Cancel, this);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setAccessibleName(tr("Delete usage metric"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("deleteMetricBox"));
    const QString id = metric.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        const int current = m_model->rowForId(id);
        if (current >= 0)
            m_model->deleteMetric(current);
    });
    box->open();
}

void UsageMetricsPanel::reload()
{
    if (m_typeIndex >= 0)
        m_model->reload();
}

void UsageMetricsPanel::updateActions()
{
    const bool haveType = m_typeIndex >= 0;
    const bool selected = haveType && m_view->currentIndex().isValid();
    const bool write = haveType && !m_readOnly;
    m_newAction->setEnabled(write);
    m_newButton->setEnabled(write);
    m_editAction->setEnabled(selected);
    m_editButton->setEnabled(selected);
    m_duplicateAction->setEnabled(selected && !m_readOnly);
    m_duplicateButton->setEnabled(selected && !m_readOnly);
    m_deleteAction->setEnabled(selected && !m_readOnly);
    m_deleteButton->setEnabled(selected && !m_readOnly);
    m_reloadAction->setEnabled(haveType);
}

void UsageMetricsPanel::onEditFailed(const EditFailure &failure)
{
    if (failure.typeIndex != m_typeIndex || failure.objectKey.isEmpty())
        return;
    m_status->setText(tr("%1 failed: %2").arg(failure.description, failure.error.userMessage()));
    if (failure.error.kind() == ApiError::Kind::MissingScope || failure.error.kind() == ApiError::Kind::Forbidden)
        setReadOnly(true, failure.error.userMessage());
}
