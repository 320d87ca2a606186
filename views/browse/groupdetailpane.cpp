#include "groupdetailpane.h"

#include "activitymodel.h"
#include "addpropertydialog.h"
#include "editservice.h"
#include "errorbanner.h"
#include "grouppropertiesmodel.h"
#include "hinttableview.h"
#include "inlineerrorlabel.h"
#include "jsoneditordialog.h"
#include "modelroles.h"
#include "propertyvaluedelegate.h"
#include "relatedactorsmodel.h"
#include "usagemetricvaluesmodel.h"
#include "weblinkbuttons.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
HintTableView *makeTable(QWidget *parent, const QString &accessibleName)
{
    auto *view = new HintTableView(parent);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(160);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}
} // namespace

GroupDetailPane::GroupDetailPane(PostHogClient *client, EditService *edits, QWidget *parent)
    : QWidget(parent)
    , m_edits(edits)
    , m_properties(new GroupPropertiesModel(edits, this))
    , m_related(new RelatedActorsModel(client, this))
    , m_activity(new ActivityModel(client, this))
    , m_title(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_copyKey(new QPushButton(tr("Copy"), this))
    , m_firstSeen(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_json(new QPushButton(tr("View/edit JSON…"), this))
    , m_problem(new InlineErrorLabel(this))
    , m_retry(new QPushButton(tr("Try again"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Group name"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setReadOnly(true);
    m_key->setAccessibleName(tr("Group key"));
    m_key->setObjectName(QStringLiteral("groupKey"));
    m_copyKey->setAccessibleName(tr("Copy group key"));
    m_copyKey->setToolTip(tr("Copy the key to the clipboard"));
    m_firstSeen->setAccessibleName(tr("First seen"));

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_copyKey);
    m_links = new WebLinkButtons(client, tr("this group"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Key:"), keyRow);
    form->addRow(tr("First seen:"), m_firstSeen);
    // A row of its own: beside the key the buttons would squeeze the key field.
    form->addRow(QString(), m_links);

    // Properties tab: the table, its buttons and the inline problem line.
    auto *propertiesPage = new QWidget(m_tabs);
    m_propertiesView = makeTable(propertiesPage, tr("Properties"));
    m_propertiesView->setObjectName(QStringLiteral("propertiesTable"));
    m_propertiesView->setModel(m_properties);
    m_propertiesView->setItemDelegateForColumn(GroupPropertiesModel::Value,
                                               new PropertyValueDelegate(m_propertiesView));
    m_propertiesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                      | QAbstractItemView::AnyKeyPressed);
    m_propertiesView->setSortingEnabled(false);
    m_propertiesView->verticalHeader()->setDefaultSectionSize(m_propertiesView->fontMetrics().height() + 8);
    // Names and types are short; the value gets the rest of the width.
    m_propertiesView->horizontalHeader()->setStretchLastSection(false);
    m_propertiesView->horizontalHeader()->setSectionResizeMode(GroupPropertiesModel::Name, QHeaderView::Interactive);
    m_propertiesView->horizontalHeader()->resizeSection(GroupPropertiesModel::Name, 150);
    m_propertiesView->horizontalHeader()->setSectionResizeMode(GroupPropertiesModel::Value, QHeaderView::Stretch);
    m_propertiesView->horizontalHeader()->setSectionResizeMode(GroupPropertiesModel::Type,
                                                               QHeaderView::ResizeToContents);
    m_add->setAccessibleName(tr("Add property"));
    m_delete->setAccessibleName(tr("Delete property"));
    m_json->setAccessibleName(tr("View or edit property as JSON"));
    m_problem->setAccessibleName(tr("Edit problem"));
    m_problem->setObjectName(QStringLiteral("editProblem"));
    m_retry->setAccessibleName(tr("Try the failed edit again"));
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problem, 1);
    problemRow->addWidget(m_retry);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_json);
    buttons->addStretch(1);
    auto *propertiesLayout = new QVBoxLayout(propertiesPage);
    propertiesLayout->setContentsMargins(0, 4, 0, 0);
    propertiesLayout->addWidget(m_propertiesView, 1);
    propertiesLayout->addLayout(problemRow);
    propertiesLayout->addLayout(buttons);
    m_tabs->addTab(propertiesPage, tr("&Properties"));

    m_relatedView = makeTable(m_tabs, tr("Related people and groups"));
    m_relatedView->setModel(m_related);
    m_tabs->addTab(m_relatedView, tr("&Related"));
    m_activityView = makeTable(m_tabs, tr("Activity history"));
    m_activityView->setModel(m_activity);
    m_tabs->addTab(m_activityView, tr("A&ctivity"));
    m_metricValues = new UsageMetricValuesModel(client, this);
    auto *metricsView = makeTable(m_tabs, tr("Usage metric values"));
    metricsView->setModel(m_metricValues);
    m_tabs->addTab(metricsView, tr("&Metrics"));
    // The pane is narrow: short columns fit their contents and the free text takes the rest,
    // so no column starts out of sight.
    QHeaderView *related = m_relatedView->horizontalHeader();
    related->setStretchLastSection(false);
    related->setSectionResizeMode(RelatedActorsModel::Type, QHeaderView::ResizeToContents);
    related->setSectionResizeMode(RelatedActorsModel::Name, QHeaderView::Stretch);
    related->setSectionResizeMode(RelatedActorsModel::Created, QHeaderView::ResizeToContents);
    QHeaderView *activity = m_activityView->horizontalHeader();
    activity->setSectionResizeMode(ActivityModel::When, QHeaderView::ResizeToContents);
    activity->resizeSection(ActivityModel::Who, 140);
    activity->setSectionResizeMode(ActivityModel::Activity, QHeaderView::ResizeToContents);
    m_tabs->setAccessibleName(tr("Group details"));
    // Empty tables say why: still loading, nothing there, or what went wrong.
    auto relatedHint = [this] {
        m_relatedView->setEmptyText(m_related->isLoading() ? tr("Loading related people and groups…")
                                                           : tr("No people or groups share events with this group."));
    };
    connect(m_related, &RelatedActorsModel::loadingChanged, this, relatedHint);
    connect(m_related, &RelatedActorsModel::errorOccurred, this, [this](const ApiError &error) {
        m_relatedView->setEmptyText(tr("Related people and groups could not be loaded: %1").arg(error.userMessage()));
    });
    auto activityHint = [this] {
        m_activityView->setEmptyText(m_activity->isLoading() ? tr("Loading activity…")
                                                             : tr("No changes to this group have been recorded."));
    };
    connect(m_activity, &ActivityModel::loadingChanged, this, activityHint);
    connect(m_activity, &ActivityModel::errorOccurred, this, [this](const ApiError &error) {
        m_activityView->setEmptyText(tr("The activity could not be loaded: %1").arg(error.userMessage()));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);

    connect(m_copyKey, &QPushButton::clicked, this, &GroupDetailPane::copyKey);
    connect(m_add, &QPushButton::clicked, this, &GroupDetailPane::addProperty);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrentProperty(true); });
    connect(m_json, &QPushButton::clicked, this, &GroupDetailPane::editCurrentAsJson);
    connect(m_propertiesView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString type = index.data(JsonTypeRole).toString();
        if (type == QLatin1String("object") || type == QLatin1String("array"))
            editCurrentAsJson();
    });
    connect(m_propertiesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GroupDetailPane::updateButtons);
    connect(m_properties, &GroupPropertiesModel::editRejected, this,
            [this](const QString &message) { showProblem(message, false); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const QJsonValue value = m_lastFailure.intendedValue.toJsonValue();
        const EditFailure &failed = m_lastFailure;
        const Group shown = m_properties->group();
        if (m_edits && m_hasGroup && shown.typeIndex == failed.typeIndex && shown.key == failed.objectKey) {
            // The model shows the server's value again after the failure: that is the before-value.
            std::optional<QJsonValue> before;
            if (shown.properties.contains(failed.field))
                before = shown.properties.value(failed.field);
            m_edits->setGroupProperty(failed.typeIndex, failed.objectKey, failed.field, value, before);
        } else if (m_edits && m_hasGroup) {
            m_edits->setGroupProperty(failed.typeIndex, failed.objectKey, failed.field, value);
        }
        showProblem(QString(), false);
    });
    if (edits) {
        connect(edits, &EditService::editFailed, this, &GroupDetailPane::onEditFailed);
        // The server logs each confirmed write: the shown group's history grows with it.
        connect(edits, &EditService::groupChanged, this, [this](const Group &changed) {
            const Group shown = m_properties->group();
            if (m_hasGroup && changed.typeIndex == shown.typeIndex && changed.key == shown.key)
                m_activity->reload();
        });
    }
    // A related group opens here, like a link in the web UI (people have no page here).
    connect(m_relatedView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const RelatedActor actor = m_related->actor(index.row());
        if (actor.kind != RelatedActor::Kind::Group || actor.groupTypeIndex < 0)
            return;
        Group group;
        group.typeIndex = actor.groupTypeIndex;
        group.key = actor.id;
        group.properties = actor.properties;
        group.createdAt = actor.createdAt;
        setGroup(group);
        Q_EMIT groupOpened(group);
    });
    clear();
}

GroupDetailPane::~GroupDetailPane() = default;

void GroupDetailPane::setGroup(const Group &group)
{
    const bool same =
        m_hasGroup && group.key == m_properties->group().key && group.typeIndex == m_properties->group().typeIndex;
    m_hasGroup = true;
    m_title->setText(group.displayName());
    m_key->setText(group.key);
    m_firstSeen->setText(group.createdAt.isValid()
                             ? QLocale().toString(group.createdAt.toLocalTime(), QLocale::ShortFormat)
                             : tr("unknown"));
    if (!same) {
        m_properties->setGroup(group);
        m_related->setGroup(group.typeIndex, group.key);
        m_activity->setGroup(group.typeIndex, group.key);
        m_metricValues->setGroup(group.typeIndex, group.key);
        showProblem(QString(), false);
    }
    m_links->setGroup(group.typeIndex, group.key);
    setEnabled(true);
    updateButtons();
}

void GroupDetailPane::clear()
{
    m_hasGroup = false;
    m_title->setText(tr("No group selected"));
    m_key->clear();
    m_firstSeen->clear();
    m_properties->setGroup(Group());
    m_links->clear();
    showProblem(QString(), false);
    updateButtons();
}

Group GroupDetailPane::group() const
{
    return m_properties->group();
}

QString GroupDetailPane::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

QString GroupDetailPane::currentPropertyName() const
{
    const QModelIndex current = m_propertiesView->currentIndex();
    if (!current.isValid())
        return {};
    return m_properties->index(current.row(), GroupPropertiesModel::Name).data(Qt::DisplayRole).toString();
}

void GroupDetailPane::addProperty()
{
    if (!m_hasGroup)
        return;
    QStringList names;
    for (int row = 0; row < m_properties->rowCount(); ++row)
        names << m_properties->index(row, GroupPropertiesModel::Name).data().toString();
    AddPropertyDialog dialog(names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_properties->addProperty(dialog.name(), dialog.value());
}

void GroupDetailPane::deleteCurrentProperty(bool confirm)
{
    const QString name = currentPropertyName();
    if (name.isEmpty())
        return;
    // Undo writes the old value back with update_property, which PostHog refuses for null:
    // promise Ctrl+Z only where it can keep the promise.
    const QString question =
        m_properties->value(name).isNull()
            ? tr("Delete the property \"%1\" of %2? Its value is empty (null), and PostHog cannot set a "
                 "property back to null, so this cannot be undone.")
                  .arg(name, m_title->text())
            : tr("Delete the property \"%1\" of %2? You can undo this with Ctrl+Z.").arg(name, m_title->text());
    if (confirm
        && QMessageBox::question(this, tr("Delete property"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    m_properties->removeProperty(name);
}

void GroupDetailPane::editCurrentAsJson()
{
    const QString name = currentPropertyName();
    if (name.isEmpty())
        return;
    JsonEditorDialog dialog(tr("Property \"%1\"").arg(name), m_properties->value(name), false, this);
    if (dialog.exec() != QDialog::Accepted || dialog.value() == m_properties->value(name))
        return;
    const int row = m_properties->rowForName(name);
    m_properties->setData(m_properties->index(row, GroupPropertiesModel::Value), QVariant::fromValue(dialog.value()),
                          RawValueRole);
}

void GroupDetailPane::copyKey()
{
    if (!m_key->text().isEmpty())
        QApplication::clipboard()->setText(m_key->text());
}

void GroupDetailPane::showProblem(const QString &text, bool canRetry)
{
    m_problem->showMessage(text);
    m_retry->setVisible(canRetry && !text.isEmpty());
}

void GroupDetailPane::onEditFailed(const EditFailure &failure)
{
    const Group shown = m_properties->group();
    if (!m_hasGroup || failure.objectKey != shown.key || failure.typeIndex != shown.typeIndex)
        return;
    m_lastFailure = failure;
    // Keep the user's value visible: it was reverted in the table, so say what it was.
    const QJsonValue intended = failure.intendedValue.toJsonValue();
    QString text = tr("Could not save \"%1\": %2").arg(failure.field, failure.error.userMessage());
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    const bool hasValue = failure.intendedValue.isValid() && !intended.isUndefined();
    if (hasValue)
        text += QLatin1Char(' ') + tr("Your value: %1").arg(JsonEditorDialog::toText(intended));
    // Retrying cannot fix a permission problem (the banner says what to do instead).
    showProblem(text, hasValue && !failure.field.isEmpty() && !ErrorBanner::needsAction(failure.error));
}

void GroupDetailPane::updateButtons()
{
    const bool hasRow = m_propertiesView->currentIndex().isValid();
    m_add->setEnabled(m_hasGroup);
    m_delete->setEnabled(m_hasGroup && hasRow);
    m_json->setEnabled(m_hasGroup && hasRow);
    m_copyKey->setEnabled(m_hasGroup);
}
