#pragma once

#include "desiredgroup.h"

#include <QList>
#include <QObject>
#include <QPointer>

class EditService;
class GroupsTablePanel;
class ImportWizard;
class PostHogClient;
class QAction;
class QWidget;

/**
 * The groups table's bulk actions on its selection: "Set property on N selected groups…"
 * and "Remove property from N selected…". Each asks for the property (and value), then opens
 * ImportWizard at the review step, so a selection edit gets the same dry run, journal,
 * progress and undo as an imported file. Attaches itself to the panel's table (context menu).
 */
class BulkSelectionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkSelectionActions)

public:
    BulkSelectionActions(GroupsTablePanel *panel, PostHogClient *client, EditService *edits);
    ~BulkSelectionActions() override;

    /// Keys of the selected rows, in table order.
    QStringList selectedKeys() const;
    /// Opens the wizard with these wishes planned (what the actions do once they asked).
    ImportWizard *openWizard(const QList<DesiredGroup> &groups, const QString &description);

private:
    void updateTexts();
    void askSet();
    void askRemove();

    QPointer<GroupsTablePanel> m_panel;
    QPointer<PostHogClient> m_client;
    QPointer<EditService> m_edits;
    QAction *m_set = nullptr;
    QAction *m_remove = nullptr;
};
