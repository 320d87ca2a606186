#include "tableparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

QChar TableParser::detectDelimiter(const QString &text)
{
    int tabs = 0;
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    if (tabs > 0)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

TableParser::Table TableParser::parse(const QString &input, QChar delimiter)
{
    Table table;
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    table.delimiter = delimiter.isNull() ? detectDelimiter(text.toString()) : delimiter;

    QList<QStringList> records;
    QList<int> recordLines;
    QStringList record;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    bool recordHasContent = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    const auto endCell = [&] {
        record.append(cell);
        cell.clear();
        cellWasQuoted = false;
    };
    const auto endRecord = [&] {
        endCell();
        // A line with nothing on it (the file's last line end, blank lines) is no row.
        if (recordHasContent || record.size() > 1) {
            records.append(record);
            recordLines.append(recordLine);
        }
        record.clear();
        recordHasContent = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
            recordHasContent = true;
            quoteLine = line;
        } else if (c == table.delimiter) {
            endCell();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            cell.append(c);
            recordHasContent = true;
        }
    }
    if (quoted) {
        table.error = QCoreApplication::translate("TableParser", "A quoted cell that starts on line %1 never ends.")
                          .arg(quoteLine);
    }
    endRecord();

    if (records.isEmpty()) {
        if (table.error.isEmpty())
            table.error = QCoreApplication::translate("TableParser", "The table is empty.");
        return table;
    }
    table.header = records.takeFirst();
    recordLines.removeFirst();
    for (QString &name : table.header)
        name = name.trimmed();
    table.rows = std::move(records);
    table.lines = std::move(recordLines);
    return table;
}

TableParser::Table TableParser::readFile(const QString &path, QChar delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Table table;
        table.error =
            QCoreApplication::translate("TableParser", "Cannot read \"%1\": %2").arg(path, file.errorString());
        return table;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        Table table;
        table.error =
            QCoreApplication::translate("TableParser", "\"%1\" is not UTF-8 text; save it as UTF-8 CSV and try again.")
                .arg(path);
        return table;
    }
    return parse(text, delimiter);
}
