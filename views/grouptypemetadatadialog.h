#pragma once

#include "grouptype.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class DefaultColumnsEditor;
class EditService;
class PostHogClient;
class PropertyDefinitionsModel;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
struct EditFailure;

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
    QLineEdit *singularEdit() const { return m_singular; }
    QLineEdit *pluralEdit() const { return m_plural; }
    DefaultColumnsEditor *columnsEditor() const { return m_columns; }
    QCheckBox *dashboardCheck() const { return m_dashboard; }
    /// The explanation shown after a failed save (empty when none).
    QString errorText() const;
    bool isSaving() const { return !m_tickets.isEmpty(); }

    /// Look, don't touch: every field disabled, Save hidden, Close still works.
    void setReadOnly(bool readOnly);

public Q_SLOTS:
    /// Sends what changed; closes with Accepted once everything succeeded.
    void save();

private:
    void onFailed(const EditFailure &failure);
    void onFinished(quint64 ticket);
    void setBusy(bool busy);

    QPointer<EditService> m_edits;
    GroupType m_type;
    PropertyDefinitionsModel *m_properties = nullptr;
    QLineEdit *m_singular = nullptr;
    QLineEdit *m_plural = nullptr;
    QLabel *m_namesError = nullptr;
    DefaultColumnsEditor *m_columns = nullptr;
    QCheckBox *m_dashboard = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QSet<quint64> m_tickets; ///< this dialog's writes still in flight (EditService tickets)
    bool m_failed = false;
};
