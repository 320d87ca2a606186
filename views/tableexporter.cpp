#include "tableexporter.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QSet>
#include <QStringList>

#include <algorithm>

QString TableExporter::csvField(const QString &text)
{
    // Spreadsheets run a formula that starts with = + - @; a leading apostrophe would change
    // the data, so we only quote (OWASP's advice) and leave the value as it is.
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                             || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray TableExporter::toCsv(const QAbstractItemModel *model)
{
    QString out;
    QStringList fields;
    for (int c = 0; c < model->columnCount(); ++c)
        fields << csvField(model->headerData(c, Qt::Horizontal).toString());
    out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < model->rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < model->columnCount(); ++c)
            fields << csvField(model->index(r, c).data().toString());
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QString TableExporter::selectionToTsv(const QItemSelectionModel *selection)
{
    const QModelIndexList indexes = selection->selectedIndexes();
    if (indexes.isEmpty())
        return {};
    const QAbstractItemModel *model = selection->model();
    QList<int> rows;
    QList<int> columns;
    for (const QModelIndex &index : indexes) {
        rows << index.row();
        columns << index.column();
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    std::sort(columns.begin(), columns.end());
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());

    auto clean = [](QString text) {
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text.replace(QLatin1Char('\r'), QLatin1Char(' '));
        return text;
    };
    QStringList lines;
    QStringList fields;
    for (int c : columns)
        fields << clean(model->headerData(c, Qt::Horizontal).toString());
    lines << fields.join(QLatin1Char('\t'));
    for (int r : rows) {
        fields.clear();
        for (int c : columns)
            fields << (selection->isSelected(model->index(r, c)) ? clean(model->index(r, c).data().toString())
                                                                 : QString());
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
