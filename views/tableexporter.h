#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QItemSelectionModel;

/**
 * Turns table models into text for export and the clipboard. Exports what the view
 * shows (its column order, sorted rows) as DisplayRole text, so a spreadsheet gets
 * the same table the analyst sees.
 */
class TableExporter final
{
public:
    /// RFC 4180 CSV with a header row; every row of `model`.
    static QByteArray toCsv(const QAbstractItemModel *model);
    /// Tab separated values of the selected cells (rows and columns in view order), with
    /// a header row; tabs and newlines inside values become spaces.
    static QString selectionToTsv(const QItemSelectionModel *selection);
    /// Quotes one CSV field when it needs quoting.
    static QString csvField(const QString &text);
};
