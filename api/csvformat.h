#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class QDateTime;

/**
 * The CSV rules shared by the window's export and the CLI's `--format csv`, so a file from
 * either opens the same way in a spreadsheet: RFC 4180 (CRLF, quotes only where needed),
 * UTF-8 with an optional byte-order mark (Excel needs it to read UTF-8), ISO 8601 dates with
 * their time zone, and an empty cell for a missing or null value.
 */
class CsvFormat final
{
public:
    CsvFormat() = delete;

    /// Quotes one field when it needs quoting. Spreadsheets run a formula that starts with
    /// = + - @; a leading apostrophe would change the data, so we only quote (OWASP's advice).
    static QString field(const QString &text);
    /// One record: the fields quoted and joined, ending in CRLF.
    static QString record(const QStringList &fields);
    /// The UTF-8 byte-order mark.
    static QByteArray bom();
    /// ISO 8601 with milliseconds and time zone (UTC as "Z"); empty for an invalid date.
    static QString dateTime(const QDateTime &when);
    /// A JSON value as a cell: strings as they are, numbers without exponent noise,
    /// true/false, objects and arrays as compact JSON, null and missing as empty.
    static QString jsonCell(const QJsonValue &value);
};
