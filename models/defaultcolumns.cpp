#include "defaultcolumns.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
const QRegularExpression &identifier()
{
    static const QRegularExpression re(u"^[A-Za-z_$][A-Za-z0-9_$]*$"_s);
    return re;
}

/// Entries our table shows as fixed columns (Name, Key, First seen).
bool isFixedColumn(const QString &entry)
{
    static const QRegularExpression groupKeyAlias(u"^\\$group_[0-4]$"_s);
    return entry == u"group_name" || entry == u"name" || entry == u"key" || entry == u"created_at"
           || groupKeyAlias.match(entry).hasMatch();
}

/// The property an entry names, or an empty string when it names none.
QString propertyOf(const QString &raw)
{
    const QString entry = raw.trimmed();
    if (entry.isEmpty() || isFixedColumn(entry))
        return {};
    if (entry.startsWith(u"properties.")) {
        QString name = entry.mid(11);
        if (name.size() >= 2 && (name.front() == u'`' || name.front() == u'"') && name.back() == name.front())
            name = name.mid(1, name.size() - 2);
        return name == u"name" ? QString() : name; // the Name column shows it already
    }
    // A bare identifier is a property (older clients); anything else is a HogQL expression.
    return identifier().match(entry).hasMatch() ? entry : QString();
}
} // namespace

QStringList DefaultColumns::webDefaults()
{
    return {u"group_name"_s, u"key"_s, u"created_at"_s};
}

QStringList DefaultColumns::propertiesOf(const QStringList &select)
{
    QStringList result;
    for (const QString &entry : select) {
        const QString property = propertyOf(entry);
        if (!property.isEmpty() && !result.contains(property))
            result.append(property);
    }
    return result;
}

QString DefaultColumns::propertyExpression(const QString &property)
{
    if (identifier().match(property).hasMatch())
        return u"properties."_s + property;
    QString escaped = property;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'`', u"\\`"_s);
    return u"properties.`"_s + escaped + u'`';
}

QStringList DefaultColumns::selectFor(const QStringList &properties, const QStringList &previous)
{
    QStringList block;
    for (const QString &property : properties) {
        const QString trimmed = property.trimmed();
        if (!trimmed.isEmpty() && !block.contains(propertyExpression(trimmed)))
            block.append(propertyExpression(trimmed));
    }
    const QStringList base = previous.isEmpty() ? webDefaults() : previous;
    QStringList result;
    bool placed = false;
    for (const QString &entry : base) {
        if (entry.trimmed().isEmpty())
            continue;
        // "properties.name" names no column of ours but is a property entry all the same.
        const bool isProperty = !propertyOf(entry).isEmpty() || entry.trimmed() == u"properties.name";
        if (isProperty) {
            if (!placed) {
                result += block;
                placed = true;
            }
            continue;
        }
        if (!placed && entry.trimmed() == u"created_at") {
            result += block;
            placed = true;
        }
        result.append(entry);
    }
    if (!placed)
        result += block;
    return result;
}
