#include "grouptypespanel.h"

#include "deletegrouptypedialog.h"
#include "editfailure.h"
#include "editservice.h"
#include "grouptypemetadatadialog.h"
#include "grouptypesmodel.h"
#include "pendingstyledelegate.h"
#include "readonlybanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

GroupTypesPanel::GroupTypesPanel(PostHogClient *client, EditService *edits, GroupTypesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_edits(edits)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    m_banner = new ReadOnlyBanner(this);
    layout->addWidget(m_banner);
    m_header = new QLabel(this);
    QFont font = m_header->font();
    font.setBold(true);
    m_header->setFont(font);
    layout->addWidget(m_header);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Group types"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PendingStyleDelegate(m_view));
    layout->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_editButton = new QPushButton(tr("Edit &metadata…"), this);
    m_editButton->setAccessibleName(tr("Edit group type metadata"));
    m_deleteButton = new QPushButton(tr("&Delete…"), this);
    m_deleteButton->setAccessibleName(tr("Delete group type"));
    m_reloadButton = new QPushButton(tr("&Reload"), this);
    m_reloadButton->setAccessibleName(tr("Reload group types"));
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(m_reloadButton);
    layout->addLayout(buttons);

    m_editAction = new QAction(tr("&Edit Group Type Metadata…"), this);
    m_deleteAction = new QAction(tr("&Delete Group Type…"), this);
    m_reloadAction = new QAction(tr("&Reload Group Types"), this);
    // Keyboard: Delete on the table asks to delete the selected type (with the typed confirmation).
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_deleteAction);
    connect(m_editAction, &QAction::triggered, this, &GroupTypesPanel::editMetadata);
    connect(m_deleteAction, &QAction::triggered, this, &GroupTypesPanel::deleteGroupType);
    connect(m_reloadAction, &QAction::triggered, this, &GroupTypesPanel::reload);
    connect(m_editButton, &QPushButton::clicked, this, &GroupTypesPanel::editMetadata);
    connect(m_deleteButton, &QPushButton::clicked, this, &GroupTypesPanel::deleteGroupType);
    connect(m_reloadButton, &QPushButton::clicked, this, &GroupTypesPanel::reload);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        // Read-only columns open the dialog; name columns edit in place (the view handles it).
        if (!(m_model->flags(index) & Qt::ItemIsEditable) || m_readOnly)
            editMetadata();
    });

    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &GroupTypesPanel::updateHeader);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &GroupTypesPanel::updateHeader);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &GroupTypesPanel::updateHeader);
        connect(m_model, &GroupTypesModel::loadingChanged, this, &GroupTypesPanel::updateHeader);
        connect(m_model, &GroupTypesModel::errorOccurred, this,
                [this](const ApiError &error) { m_status->setText(error.userMessage()); });
        connect(m_model, &GroupTypesModel::loaded, this, [this] {
            m_status->clear();
            m_view->resizeColumnsToContents();
            if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
                m_view->selectRow(0);
        });
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        const int row = m_view->currentIndex().row();
        const GroupType type = row >= 0 ? m_model->groupType(row) : GroupType();
        Q_EMIT currentGroupTypeChanged(type.index, row >= 0 ? type.displayPlural() : QString());
    });
    if (m_edits) {
        connect(m_edits, &EditService::editFailed, this, &GroupTypesPanel::onEditFailed);
        connect(m_edits, &EditService::editSucceeded, this, [this](const QString &d) { m_status->setText(d); });
    }
    updateHeader();
    updateActions();
}

GroupTypesPanel::~GroupTypesPanel() = default;

void GroupTypesPanel::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_banner->setReason(readOnly ? reason : QString());
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                           | QAbstractItemView::AnyKeyPressed);
    // Read-only users can still look at the metadata; say so on the button.
    m_editButton->setText(readOnly ? tr("View &metadata…") : tr("Edit &metadata…"));
    updateActions();
    Q_EMIT readOnlyChanged(readOnly, reason);
}

int GroupTypesPanel::currentGroupType() const
{
    const int row = m_view->currentIndex().row();
    return row >= 0 && m_model ? m_model->groupType(row).index : -1;
}

void GroupTypesPanel::editMetadata()
{
    const int row = m_view->currentIndex().row();
    if (!m_model || row < 0)
        return;
    auto *dialog = new GroupTypeMetadataDialog(m_client, m_edits, m_model->groupType(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("groupTypeMetadataDialog"));
    dialog->setReadOnly(m_readOnly);
    dialog->open();
}

void GroupTypesPanel::deleteGroupType()
{
    const int row = m_view->currentIndex().row();
    if (!m_model || !m_edits || row < 0 || m_readOnly)
        return;
    auto *dialog = new DeleteGroupTypeDialog(m_model->groupType(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("deleteGroupTypeDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_edits)
            m_edits->deleteGroupType(dialog->groupType().index);
    });
    dialog->open();
}

void GroupTypesPanel::reload()
{
    if (m_model)
        m_model->reload();
}

void GroupTypesPanel::updateHeader()
{
    const int used = m_model ? m_model->rowCount() : 0;
    if (m_model && m_model->isLoading() && used == 0)
        m_header->setText(tr("Loading group types…"));
    else
        m_header->setText(tr("%1 of %2 group types used").arg(used).arg(GroupType::MaxGroupTypes));
    updateActions();
}

void GroupTypesPanel::updateActions()
{
    const bool selected = m_view->currentIndex().isValid();
    m_editAction->setEnabled(selected);
    m_editButton->setEnabled(selected);
    m_deleteAction->setEnabled(selected && !m_readOnly);
    m_deleteButton->setEnabled(selected && !m_readOnly);
}

void GroupTypesPanel::onEditFailed(const EditFailure &failure)
{
    if (!failure.objectKey.isEmpty())
        return; // group or metric edits are reported by their own views
    m_status->setText(tr("%1 failed: %2").arg(failure.description, failure.error.userMessage()));
    switch (failure.error.kind()) {
    case ApiError::Kind::MissingScope:
    case ApiError::Kind::Forbidden:
        setReadOnly(true, failure.error.userMessage());
        break;
    default:
        break; // NeedsSession is per action; the dialog explains it
    }
}
