#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

/**
 * Writes server objects to stdout as table, json, jsonl or csv.
 *
 * Streaming: writeRows() may be called once per page; nothing but the current page is
 * kept, so `groups list --all` runs in constant memory. json/jsonl print the server's
 * objects unchanged; table/csv print the chosen columns (dotted paths into the object).
 */
class OutputFormatter
{
public:
    struct Column
    {
        QString header;
        QString path; ///< e.g. "group_properties.name"
    };

    OutputFormatter(const QString &format, QTextStream &out);

    void setColumns(const QList<Column> &columns) { m_columns = columns; }

    /// A list result: call begin(), writeRows() per page, end().
    void begin();
    void writeRows(const QList<QJsonObject> &rows);
    void end();

    /// A single object result (find, create, ...).
    void writeObject(const QJsonObject &object);

    /// A value at a dotted path, as text (JsonText::toText: objects/arrays as compact JSON, null as empty).
    static QString cell(const QJsonObject &object, const QString &path);

private:
    static QString csvField(const QString &text);
    void openIfPending();

    QString m_format;
    QTextStream &m_out;
    QList<Column> m_columns;
    bool m_first = true;
    bool m_headerDone = false;
    bool m_openPending = false;
};
