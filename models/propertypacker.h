#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QMutex>
#include <QString>
#include <QStringList>

/**
 * Packs a group's properties into one small byte array, with property names interned in
 * a table shared by all rows of a model. A QJsonObject costs ~500 bytes and four
 * allocations for a typical four-property group; the packed form is one allocation of
 * roughly the size of the values, which is what lets GroupsModel hold a million rows.
 *
 * Layout per property: varint name id, one type byte, then the payload (nothing for null,
 * one byte for a bool, 8 bytes for a double, varint length + UTF-8 for strings, and
 * varint length + compact JSON for objects and arrays).
 *
 * Thread-safe: GroupsModel packs large pages on a pool thread while the GUI thread reads
 * names and ids, so the name table is guarded by a mutex (pack() takes it once per group).
 * value() needs no table and no lock, which keeps the model's data() free of locking.
 */
class PropertyPacker
{
public:
    PropertyPacker() = default;
    Q_DISABLE_COPY_MOVE(PropertyPacker)

    QByteArray pack(const QJsonObject &properties);
    /// The value of property `nameId` (Undefined when absent).
    static QJsonValue value(const QByteArray &packed, int nameId);
    QJsonObject unpack(const QByteArray &packed) const;

    /// Id of a property name, or -1 if no row ever had it.
    int idOf(const QString &name) const;
    /// Every name seen so far, in order of first appearance.
    QStringList names() const;
    void clear();

private:
    int intern(const QString &name); ///< caller holds m_mutex

    mutable QMutex m_mutex;
    QHash<QString, int> m_ids;
    QStringList m_names;
};
