#include "importmapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportMapping", text);
}

bool isNumber(const QString &cell)
{
    // JSON's number grammar: no leading zeros, no '+', no thousands separators, so that
    // identifiers such as "007" or "1,200" are not silently changed.
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    return number.match(cell).hasMatch();
}

bool isBoolean(const QString &cell)
{
    return cell.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
           || cell.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
}

bool isJsonContainer(const QString &cell)
{
    const QString trimmed = cell.trimmed();
    if (!trimmed.startsWith(QLatin1Char('{')) && !trimmed.startsWith(QLatin1Char('[')))
        return false;
    QJsonParseError error{};
    QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    return error.error == QJsonParseError::NoError;
}
} // namespace

ImportMapping ImportMapping::fromTable(const TableParser::Table &table, const QString &keyColumn)
{
    ImportMapping mapping;
    for (const QString &name : table.header)
        mapping.columns.append({name, name, false, ValueType::Text});
    if (!keyColumn.isEmpty()) {
        mapping.keyColumn = static_cast<int>(table.header.indexOf(keyColumn));
        if (mapping.keyColumn < 0)
            mapping.m_problem = tr("The table has no column \"%1\" (its columns: %2).")
                                    .arg(keyColumn, table.header.join(QStringLiteral(", ")));
    } else {
        for (int i = 0; i < table.header.size() && mapping.keyColumn < 0; ++i) {
            const QString name = table.header.at(i);
            if (name.compare(QLatin1String("key"), Qt::CaseInsensitive) == 0
                || name.compare(QLatin1String("group_key"), Qt::CaseInsensitive) == 0)
                mapping.keyColumn = i;
        }
        if (mapping.keyColumn < 0 && !table.header.isEmpty())
            mapping.keyColumn = 0;
    }
    for (int c = 0; c < mapping.columns.size(); ++c) {
        if (c == mapping.keyColumn)
            continue;
        QList<QString> cells;
        cells.reserve(table.rows.size());
        for (const QStringList &row : table.rows) {
            if (c < row.size())
                cells.append(row.at(c));
        }
        mapping.columns[c].type = detect(cells);
    }
    return mapping;
}

ImportMapping::ValueType ImportMapping::detect(const QList<QString> &cells)
{
    bool number = true;
    bool boolean = true;
    bool json = true;
    bool any = false;
    for (const QString &cell : cells) {
        if (cell.isEmpty())
            continue;
        any = true;
        number = number && isNumber(cell);
        boolean = boolean && isBoolean(cell);
        json = json && isJsonContainer(cell);
        if (!number && !boolean && !json)
            return ValueType::Text;
    }
    if (!any)
        return ValueType::Text;
    if (number)
        return ValueType::Number;
    if (boolean)
        return ValueType::Boolean;
    return json ? ValueType::Json : ValueType::Text;
}

std::optional<QJsonValue> ImportMapping::convert(const QString &cell, ValueType type, QString *error)
{
    switch (type) {
    case ValueType::Text:
        return QJsonValue(cell);
    case ValueType::Number: {
        if (!isNumber(cell.trimmed())) {
            *error = tr("\"%1\" is not a number.").arg(cell);
            return std::nullopt;
        }
        return QJsonValue(QLocale::c().toDouble(cell.trimmed()));
    }
    case ValueType::Boolean:
        if (!isBoolean(cell.trimmed())) {
            *error = tr("\"%1\" is not true or false.").arg(cell);
            return std::nullopt;
        }
        return QJsonValue(cell.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
    case ValueType::Json: {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[" + cell.toUtf8() + "]"), &parseError);
        if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
            *error = tr("\"%1\" is not JSON.").arg(cell);
            return std::nullopt;
        }
        const QJsonValue value = doc.array().at(0);
        if (value.isNull()) {
            // PostHog refuses null property values; removing is what an empty cell is for.
            *error = tr("PostHog cannot store a null value; leave the cell empty and choose \"remove the "
                        "property\" for empty cells to delete it.");
            return std::nullopt;
        }
        return value;
    }
    }
    return std::nullopt;
}

QString ImportMapping::typeName(ValueType type)
{
    switch (type) {
    case ValueType::Text:
        return QStringLiteral("text");
    case ValueType::Number:
        return QStringLiteral("number");
    case ValueType::Boolean:
        return QStringLiteral("boolean");
    case ValueType::Json:
        return QStringLiteral("json");
    }
    return QString();
}

QString ImportMapping::problem() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    if (keyColumn < 0 || keyColumn >= columns.size())
        return tr("Choose the column that holds the group key.");
    QSet<QString> seen;
    for (int c = 0; c < columns.size(); ++c) {
        const Column &column = columns.at(c);
        if (c == keyColumn || column.skip)
            continue;
        if (column.property.trimmed().isEmpty())
            return tr("Column \"%1\" needs a property name (or skip it).").arg(column.source);
        if (seen.contains(column.property))
            return tr("Two columns write the property \"%1\"; rename or skip one.").arg(column.property);
        seen.insert(column.property);
    }
    return QString();
}
