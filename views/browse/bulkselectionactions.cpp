#include "bulkselectionactions.h"

#include "groupsmodel.h"
#include "groupstablepanel.h"
#include "importwizard.h"
#include "modelroles.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTableView>

BulkSelectionActions::BulkSelectionActions(GroupsTablePanel *panel, PostHogClient *client, EditService *edits)
    : QObject(panel)
    , m_panel(panel)
    , m_client(client)
    , m_edits(edits)
{
    QTableView *view = panel->view();
    m_set = new QAction(this);
    m_remove = new QAction(this);
    connect(m_set, &QAction::triggered, this, &BulkSelectionActions::askSet);
    connect(m_remove, &QAction::triggered, this, &BulkSelectionActions::askRemove);
    view->addAction(m_set);
    view->addAction(m_remove);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BulkSelectionActions::updateTexts);
    updateTexts();
}

BulkSelectionActions::~BulkSelectionActions() = default;

QStringList BulkSelectionActions::selectedKeys() const
{
    QStringList keys;
    if (!m_panel)
        return keys;
    const QModelIndexList rows = m_panel->view()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString key = row.data(GroupKeyRole).toString();
        if (!key.isEmpty())
            keys.append(key);
    }
    return keys;
}

void BulkSelectionActions::updateTexts()
{
    const int count = static_cast<int>(selectedKeys().size());
    m_set->setText(tr("Set property on %n selected group(s)…", nullptr, count));
    m_remove->setText(tr("Remove property from %n selected group(s)…", nullptr, count));
    m_set->setEnabled(count > 0);
    m_remove->setEnabled(count > 0);
}

void BulkSelectionActions::askSet()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty() || !m_panel)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_panel, tr("Set property"), tr("Property name:"), QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QString text = QInputDialog::getText(
        m_panel, tr("Set property"), tr("Value for %1 (JSON such as 42, true or {\"a\":1} is sent as JSON):").arg(name),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    // Same rule as the CLI: text that parses as JSON is that JSON, anything else a string.
    QJsonValue value = text;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[" + text.toUtf8() + "]"), &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1 && !text.trimmed().isEmpty())
        value = doc.array().at(0);
    QList<DesiredGroup> groups;
    for (const QString &key : keys) {
        DesiredGroup group;
        group.key = key;
        if (value.isNull())
            group.reason = tr("PostHog cannot store a null value; remove the property instead.");
        else
            group.set.insert(name, value);
        groups.append(group);
    }
    openWizard(groups, tr("set %1 on %n selected group(s)", nullptr, static_cast<int>(keys.size())).arg(name));
}

void BulkSelectionActions::askRemove()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty() || !m_panel)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_panel, tr("Remove property"), tr("Property name:"), QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    QList<DesiredGroup> groups;
    for (const QString &key : keys) {
        DesiredGroup group;
        group.key = key;
        group.unset.append(name);
        groups.append(group);
    }
    openWizard(groups, tr("remove %1 from %n selected group(s)", nullptr, static_cast<int>(keys.size())).arg(name));
}

ImportWizard *BulkSelectionActions::openWizard(const QList<DesiredGroup> &groups, const QString &description)
{
    if (!m_panel)
        return nullptr;
    auto *wizard = new ImportWizard(m_client, m_edits, m_panel->model()->groupType(), m_panel->window());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    wizard->planSelection(groups, description);
    return wizard;
}
