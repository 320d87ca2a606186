#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Reads a delimited table: a CSV or TSV file, or what a spreadsheet puts on the clipboard
 * (tab-separated, cells with line breaks or tabs in double quotes).
 *
 * RFC 4180 quoting ("" is a quote inside a quoted cell, line breaks inside quotes belong to
 * the cell), CRLF or LF line ends, a UTF-8 byte order mark is dropped. The first row is the
 * header. Pure functions, no I/O except readFile().
 */
class TableParser
{
public:
    struct Table
    {
        QStringList header;
        QList<QStringList> rows; ///< data rows, as many cells as the line had
        QList<int> lines;        ///< 1-based line in the source where each row starts
        QChar delimiter;
        QString error; ///< set when the text cannot be read as a table (then rows may be partial)
    };

    /// Tab when the first line has a tab outside quotes, else ';' when it has more of those
    /// than commas (European spreadsheets), else ','.
    static QChar detectDelimiter(const QString &text);
    /// A null `delimiter` detects it.
    static Table parse(const QString &text, QChar delimiter = QChar());
    /// Reads and parses a UTF-8 file; a file that cannot be read sets Table::error.
    static Table readFile(const QString &path, QChar delimiter = QChar());
};
