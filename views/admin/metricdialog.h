#pragma once

#include "usagemetric.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class EditJob;
class EditService;
class PostHogClient;
class QAbstractItemModel;
class EventPropertiesModel;
class QComboBox;
class QLabel;
class QStringListModel;
class QTimer;
struct EditResult;

namespace Ui {
class MetricDialog;
}

/**
 * Creates or edits one usage metric. The form covers every server field; `filters` lives
 * in MetricFiltersForm (with its raw-JSON view). save() runs UsageMetric::validate() and
 * shows each problem under its field before anything is sent; a server rejection keeps
 * the dialog open with the message under the field named by the error's `attr`.
 *
 * Editing never changes what the user did not touch: save() sends only the fields that
 * differ from the metric as opened (UsageMetric::changesFrom), judged by PostHog's rules for
 * those fields (UsageMetric::validateFields, shared with the CLI), and a value the form
 * cannot offer is shown as it is and kept rather than replaced by the nearest choice.
 */
class MetricDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricDialog)

public:
    enum class Mode
    {
        Create, ///< also used for Duplicate (the metric comes pre-filled, without id)
        Edit,
    };

    explicit MetricDialog(PostHogClient *client, EditService *edits, int typeIndex, const UsageMetric &metric,
                          Mode mode, QWidget *parent = nullptr);
    ~MetricDialog() override;

    /// The metric as the form currently describes it (id and unknown server fields kept).
    UsageMetric metric() const;
    Mode mode() const { return m_mode; }
    /// The problem shown under `field` (server attr names: name, interval, math_property, filters...).
    QString fieldError(const QString &field) const;
    bool isSaving() const { return !m_saving.isNull(); }

    /// Why a value of the metric is shown as it is and kept (the editor cannot offer it, e.g.
    /// a newer server's format or a negative interval); empty when every value is editable.
    QString keptNote() const;

    /// Look, don't touch: every field disabled, Save hidden, Close still works.
    void setReadOnly(bool readOnly);
    /// Other metrics' names of this group type: a taken name is refused before sending
    /// (PostHog would answer a bare 500).
    void setTakenNames(const QStringList &names) { m_takenNames = names; }

public Q_SLOTS:
    /// Validates, then sends create or update; closes with Accepted once the server confirmed.
    void save();

protected:
    using QDialog::metric; // QPaintDevice's metric(PaintDeviceMetric), not hidden by ours

private:
    void setMetric(const UsageMetric &metric);
    /// Selects `value` in `combo`; a value it has no item for gets one of its own, shown as it
    /// is and kept, with the reason in the note (never replaced by the first item).
    void showAsIs(QComboBox *combo, const QString &value, const QString &fieldLabel);
    void clearErrors();
    void showError(const QString &field, const QString &message);
    void updateEnabled();
    /// The sum's property: event properties (searched on the server) for an events source, a
    /// column of the named table for a data-warehouse source; says which in the hint.
    void updateMathPropertySource();
    void showMathPropertyHint();
    /// Swaps the picker's suggestions without losing the typed text.
    void setSuggestions(QAbstractItemModel *model);
    void onSaved(const EditResult &result);

    QPointer<EditService> m_edits;
    int m_typeIndex = -1;
    UsageMetric m_original;
    QStringList m_takenNames;
    Mode m_mode;
    std::unique_ptr<Ui::MetricDialog> m_ui;
    EventPropertiesModel *m_properties = nullptr; ///< suggestions for an events source
    QStringListModel *m_noSuggestions = nullptr;  ///< a warehouse table's columns are not listed
    QTimer *m_searchTimer = nullptr;              ///< asks the server once typing pauses
    QString m_suggestionProblem;                  ///< why suggestions failed to load, else empty
    QLabel *m_keptNote = nullptr;                 ///< why values are shown as they are (hidden when none)
    QHash<QString, QLabel *> m_errors;            ///< server attr -> label under that field
    QString m_mathPropertyText;                   ///< what the user chose, kept when suggestions arrive
    bool m_holdMathProperty = false;
    QPointer<EditJob> m_saving; ///< the save in flight, null when idle
};
