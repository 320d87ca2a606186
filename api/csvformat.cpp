#include "csvformat.h"

#include "jsontext.h"

#include <QDateTime>

QString CsvFormat::field(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                             || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvFormat::record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &text : fields)
        quoted.append(field(text));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray CsvFormat::bom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvFormat::dateTime(const QDateTime &when)
{
    return when.isValid() ? when.toString(Qt::ISODateWithMs) : QString();
}

QString CsvFormat::jsonCell(const QJsonValue &value)
{
    // The CLI's and the window's text for a value, with null as an empty cell.
    return JsonText::toText(value, QString());
}
