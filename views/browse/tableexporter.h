#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QHeaderView;
class QItemSelectionModel;
class QModelIndex;

/**
 * Turns table models into text for export and the clipboard. Exports what the view
 * shows (its column order, sorted rows) as DisplayRole text, so a spreadsheet gets
 * the same table the analyst sees.
 */
class TableExporter final
{
public:
    /// RFC 4180 CSV with a header row; every row and column of `model` (CsvFormat's rules).
    static QByteArray toCsv(const QAbstractItemModel *model);
    /// The window's export: the columns `header` shows, in its visual order (all columns
    /// when null), by CsvFormat's rules: dates as ISO 8601 with zone, null and missing as
    /// empty cells, UTF-8, with a byte-order mark first when asked (Excel).
    static QByteArray toCsv(const QAbstractItemModel *model, const QHeaderView *header, bool byteOrderMark);
    /// One cell as CSV text: RawValueRole dates and JSON values by CsvFormat, else the display text.
    static QString csvCell(const QModelIndex &index);
    /// Tab separated values of the selected cells (rows and columns in view order), with
    /// a header row; tabs and newlines inside values become spaces.
    static QString selectionToTsv(const QItemSelectionModel *selection);
    /// Quotes one CSV field when it needs quoting.
    static QString csvField(const QString &text);
};
