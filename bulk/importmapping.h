#pragma once

#include "tableparser.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

/**
 * How a table's columns become group properties: which column holds the group key, the
 * property each other column writes (renamed or skipped), how its cells are typed, and what
 * an empty cell means.
 *
 * Types are detected per column from its non-empty cells (fromTable()) and can be changed
 * afterwards. Detection is conservative: "007" stays text (a zip code or an id would lose
 * its zeros as a number), only unquoted JSON objects/arrays are JSON.
 */
class ImportMapping
{
public:
    enum class ValueType
    {
        Text,
        Number,
        Boolean,
        Json,
    };
    enum class EmptyCells
    {
        Keep,  ///< an empty cell leaves the property as it is (default)
        Unset, ///< an empty cell removes the property
    };
    struct Column
    {
        QString source;   ///< header text
        QString property; ///< property name written; defaults to the header
        bool skip = false;
        ValueType type = ValueType::Text;
    };

    /// Key column: `keyColumn` when given (a header name), else a column named key/group_key
    /// (any case), else the first column. Returns a mapping whose problem() says what is wrong
    /// when the named key column does not exist.
    static ImportMapping fromTable(const TableParser::Table &table, const QString &keyColumn = QString());
    /// The type that fits every one of `cells` (empty cells ignored); Text when nothing else does.
    static ValueType detect(const QList<QString> &cells);
    /// Converts one non-empty cell; nullopt with `error` set when it does not fit `type`.
    static std::optional<QJsonValue> convert(const QString &cell, ValueType type, QString *error);
    static QString typeName(ValueType type);

    int keyColumn = -1;
    QList<Column> columns; ///< one per header cell, in order
    EmptyCells emptyCells = EmptyCells::Keep;

    /// Why this mapping cannot be used (no key column, two columns writing one property), or empty.
    QString problem() const;

private:
    QString m_problem;
};
