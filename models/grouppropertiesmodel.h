#pragma once

#include "editservice.h"
#include "group.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonValue>
#include <QPointer>
#include <QStringList>

#include <optional>

struct EditFailure;

/**
 * The properties of one group, one row each, sorted by name.
 *
 * Value is editable: an EditRole QString is parsed keeping the JSON type of the existing
 * value (a number stays a number, a boolean a boolean, objects and arrays from JSON text);
 * a QJsonValue passed with RawValueRole is sent exactly. Writes go through EditService;
 * the row shows the intended value with PendingRole until the server answers, then the
 * server's value, or the old value again (ErrorRole set) when the write failed.
 */
class GroupPropertiesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupPropertiesModel)

public:
    enum Column
    {
        Name,
        Value,
        Type,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit GroupPropertiesModel(EditService *edits, QObject *parent = nullptr);
    ~GroupPropertiesModel() override;

    void setGroup(const Group &group);
    Group group() const { return m_group; }

    /// Adds a property (sent through EditService). False, with editRejected(), for an empty
    /// or existing name.
    bool addProperty(const QString &name, const QJsonValue &value);
    /// Removes a property (sent through EditService). False when there is no such property.
    bool removeProperty(const QString &name);

    QJsonValue value(const QString &name) const;
    int rowForName(const QString &name) const;

    /// Parses `text` into a JSON value of the same type as `like` (used by setData, public for tests).
    static std::optional<QJsonValue> parseLike(const QString &text, const QJsonValue &like, QString *error);
    static QString jsonTypeName(const QJsonValue &value);
    /// Compact text of a value: strings unquoted, everything else as JSON.
    static QString displayText(const QJsonValue &value);
    /// displayText() for the window: numbers in the user's locale (QLocale()), never for files.
    static QString localizedText(const QJsonValue &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// A local validation problem (empty name, bad JSON, ...); nothing was sent.
    void editRejected(const QString &message);

private:
    bool isCurrent(int typeIndex, const QString &key) const;
    static QString nullRefusal(const QString &name);
    void rebuildNames();
    void onGroupChanged(const Group &group);
    void onPropertyPending(int typeIndex, const QString &key, const QString &name, bool pending);
    void onEditFailed(const EditFailure &failure);

    QPointer<EditService> m_edits;
    Group m_group;
    QStringList m_names;                       ///< sorted property names = rows
    QHash<QString, int> m_pending;             ///< property name -> writes in flight
    QHash<QString, QString> m_errors;          ///< property name -> last failure message
    QHash<QString, QJsonValue> m_beforeValues; ///< property name -> value before the pending edit
};
