#pragma once

#include "grouptype.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class EditJob;
class EditService;
class PostHogClient;
class PropertyDefinitionsModel;
struct EditFailure;
struct EditResult;

namespace Ui {
class GroupTypeMetadataDialog;
}

/**
 * Edits one group type's metadata: singular and plural names (update_metadata), default
 * columns (set_default_columns) and, when the type has none, a detail dashboard
 * (create_detail_dashboard). Only what changed is sent, through EditService.
 *
 * The dialog closes only when every write succeeded. A failure keeps it open with the
 * user's input; the newest PostHog refuses these three actions to personal API keys
 * (NeedsSession), and the dialog then says so and where to make the change instead.
 */
class GroupTypeMetadataDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTypeMetadataDialog)

public:
    explicit GroupTypeMetadataDialog(PostHogClient *client, EditService *edits, const GroupType &type,
                                     QWidget *parent = nullptr);
    ~GroupTypeMetadataDialog() override;

    GroupType groupType() const { return m_type; }
    /// The explanation shown after a failed save (empty when none).
    QString errorText() const;
    bool isSaving() const { return m_running > 0; }

    /// Look, don't touch: every field disabled, Save hidden, Close still works.
    void setReadOnly(bool readOnly);

public Q_SLOTS:
    /// Sends what changed; closes with Accepted once everything succeeded.
    void save();

private:
    /// Waits for one of this dialog's writes.
    void watch(EditJob *job);
    void onFinished(const EditResult &result);
    /// Shows why one write failed; the input stays.
    void showFailure(const EditFailure &failure);
    void setBusy(bool busy);

    QPointer<EditService> m_edits;
    GroupType m_type;
    std::unique_ptr<Ui::GroupTypeMetadataDialog> m_ui;
    PropertyDefinitionsModel *m_properties = nullptr;
    int m_running = 0; ///< this dialog's writes still in flight
    bool m_failed = false;
};
