#pragma once

#include <QPointer>
#include <QWidget>

class EditService;
class GroupTypesModel;
class PostHogClient;
class QLabel;
class QAction;
class QTableView;
class QPushButton;
class ReadOnlyBanner;
struct EditFailure;

/**
 * Administration of a project's group types: the table of types with
 * in-place editable names, the "N of 5 group types used" header, and the actions
 * Edit metadata…, Delete… and Reload.
 *
 * The panel does not own the client, the edit service or the model (the main window
 * shares them with other views). Every write goes through EditService; a write refused
 * for lack of permission switches the panel to read-only with the reason in a banner.
 */
class GroupTypesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTypesPanel)

public:
    explicit GroupTypesPanel(PostHogClient *client, EditService *edits, GroupTypesModel *model,
                             QWidget *parent = nullptr);
    ~GroupTypesPanel() override;

    /// Disables every editing action and in-place edit; `reason` is shown in a banner.
    void setReadOnly(bool readOnly, const QString &reason);
    bool isReadOnly() const { return m_readOnly; }

    /// Index (0-4) of the selected group type, or -1.
    int currentGroupType() const;
    QTableView *view() const { return m_view; }

    // Actions, exposed so the main window can put them in menus and toolbars.
    QAction *editMetadataAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }

public Q_SLOTS:
    void editMetadata();
    void deleteGroupType();
    void reload();

Q_SIGNALS:
    /// The selection moved to another type (index -1 when nothing is selected).
    void currentGroupTypeChanged(int index, const QString &displayName);
    /// A write was refused for lack of permission (or setReadOnly was called).
    void readOnlyChanged(bool readOnly, const QString &reason);

private:
    void updateHeader();
    void updateActions();
    void onEditFailed(const EditFailure &failure);

    QPointer<PostHogClient> m_client;
    QPointer<EditService> m_edits;
    QPointer<GroupTypesModel> m_model;
    ReadOnlyBanner *m_banner = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_reloadAction = nullptr;
    bool m_readOnly = false;
};
