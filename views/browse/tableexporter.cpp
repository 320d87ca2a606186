#include "tableexporter.h"

#include "csvformat.h"
#include "modelroles.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

#include <algorithm>

QString TableExporter::csvField(const QString &text)
{
    return CsvFormat::field(text);
}

QString TableExporter::csvCell(const QModelIndex &index)
{
    const QVariant raw = index.data(RawValueRole);
    if (raw.metaType() == QMetaType::fromType<QDateTime>())
        return CsvFormat::dateTime(raw.toDateTime());
    if (raw.metaType() == QMetaType::fromType<QJsonValue>())
        return CsvFormat::jsonCell(raw.value<QJsonValue>());
    return index.data(Qt::DisplayRole).toString();
}

QByteArray TableExporter::toCsv(const QAbstractItemModel *model)
{
    return toCsv(model, nullptr, false);
}

QByteArray TableExporter::toCsv(const QAbstractItemModel *model, const QHeaderView *header, bool byteOrderMark)
{
    QList<int> columns;
    for (int visual = 0; visual < model->columnCount(); ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical >= 0 && (!header || !header->isSectionHidden(logical)))
            columns.append(logical);
    }
    QString out;
    QStringList fields;
    for (int c : std::as_const(columns))
        fields << model->headerData(c, Qt::Horizontal).toString();
    out += CsvFormat::record(fields);
    for (int r = 0; r < model->rowCount(); ++r) {
        fields.clear();
        for (int c : std::as_const(columns))
            fields << csvCell(model->index(r, c));
        out += CsvFormat::record(fields);
    }
    return (byteOrderMark ? CsvFormat::bom() : QByteArray()) + out.toUtf8();
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
