#include "outputformatter.h"

#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

OutputFormatter::OutputFormatter(const QString &format, QTextStream &out)
    : m_format(format)
    , m_out(out)
{ }

QString OutputFormatter::cell(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    const QStringList parts = path.split(QLatin1Char('.'));
    for (const QString &part : parts)
        value = value.toObject().value(part);
    return JsonText::toText(value);
}

QString OutputFormatter::csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

void OutputFormatter::begin()
{
    m_first = true;
    m_headerDone = false;
    // The opening bracket waits for the first page, so a request that fails before any
    // data leaves stdout empty rather than holding a lone "[".
    m_openPending = m_format == QLatin1String("json");
}

void OutputFormatter::openIfPending()
{
    if (m_openPending) {
        m_out << "[";
        m_openPending = false;
    }
}

void OutputFormatter::writeRows(const QList<QJsonObject> &rows)
{
    openIfPending();
    if (m_format == QLatin1String("json")) {
        for (const QJsonObject &row : rows) {
            m_out << (m_first ? "\n" : ",\n") << QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
            m_first = false;
        }
    } else if (m_format == QLatin1String("jsonl")) {
        for (const QJsonObject &row : rows)
            m_out << QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)) << '\n';
    } else if (m_format == QLatin1String("csv")) {
        if (!m_headerDone) {
            QStringList headers;
            for (const Column &column : std::as_const(m_columns))
                headers.append(csvField(column.header));
            m_out << headers.join(QLatin1Char(',')) << '\n';
            m_headerDone = true;
        }
        for (const QJsonObject &row : rows) {
            QStringList fields;
            for (const Column &column : std::as_const(m_columns))
                fields.append(csvField(cell(row, column.path)));
            m_out << fields.join(QLatin1Char(',')) << '\n';
        }
    } else {
        // Table: widths per page, so a stream of pages needs no buffering of the whole list.
        QList<QStringList> cells;
        QList<qsizetype> widths;
        for (const Column &column : std::as_const(m_columns))
            widths.append(column.header.size());
        for (const QJsonObject &row : rows) {
            QStringList line;
            for (qsizetype c = 0; c < m_columns.size(); ++c) {
                QString text = cell(row, m_columns.at(c).path).replace(QLatin1Char('\n'), QLatin1Char(' '));
                if (text.size() > 60)
                    text = text.left(59) + QChar(0x2026);
                widths[c] = std::max(widths.at(c), text.size());
                line.append(text);
            }
            cells.append(line);
        }
        auto writeLine = [this, &widths](const QStringList &line) {
            QString text;
            for (qsizetype c = 0; c < line.size(); ++c)
                text += c + 1 < line.size() ? line.at(c).leftJustified(widths.at(c) + 2) : line.at(c);
            m_out << text << '\n';
        };
        if (!m_headerDone) {
            QStringList headers;
            for (const Column &column : std::as_const(m_columns))
                headers.append(column.header);
            writeLine(headers);
            m_headerDone = true;
        }
        for (const QStringList &line : std::as_const(cells))
            writeLine(line);
    }
    m_out.flush();
}

void OutputFormatter::end()
{
    openIfPending();
    if (m_format == QLatin1String("json"))
        m_out << (m_first ? "]\n" : "\n]\n");
    m_out.flush();
}

void OutputFormatter::writeObject(const QJsonObject &object)
{
    if (m_format == QLatin1String("json")) {
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else if (m_format == QLatin1String("jsonl")) {
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    } else if (m_format == QLatin1String("csv")) {
        m_headerDone = false;
        writeRows({object});
    } else {
        // One object as "field  value" lines: every field, not just the list columns.
        qsizetype width = 0;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            width = std::max(width, it.key().size());
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            m_out << it.key().leftJustified(width + 2) << JsonText::toText(it.value()) << '\n';
    }
    m_out.flush();
}
