#include "importjournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportJournal", text);
}

const QLatin1String kMagic("groupdesk-import");
} // namespace

ImportJournal::ImportJournal() = default;
ImportJournal::~ImportJournal() = default;

QString ImportJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/imports");
}

QString ImportJournal::newPath()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return defaultDirectory() + QStringLiteral("/import-%1.jsonl").arg(stamp);
}

QStringList ImportJournal::unfinished()
{
    QDir dir(defaultDirectory());
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Time); // newest first
    QStringList paths;
    for (const QFileInfo &info : files) {
        ImportJournal journal;
        QString error;
        if (journal.open(info.absoluteFilePath(), &error) && !journal.isComplete())
            paths.append(info.absoluteFilePath());
    }
    return paths;
}

bool ImportJournal::create(const QString &path, int typeIndex, const QString &source, const QList<WriteOp> &ops,
                           QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = tr("The journal \"%1\" exists already; resume it or choose another file.").arg(path);
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = tr("Cannot write the journal \"%1\": %2").arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_path = path;
    m_typeIndex = typeIndex;
    m_source = source;
    m_ops = ops;
    QJsonObject header;
    header.insert(QStringLiteral("journal"), kMagic);
    header.insert(QStringLiteral("version"), 1);
    header.insert(QStringLiteral("type_index"), typeIndex);
    header.insert(QStringLiteral("source"), source);
    header.insert(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!append(header, error))
        return false;
    for (const WriteOp &op : ops) {
        QJsonObject line = op.toJson();
        line.insert(QStringLiteral("t"), QStringLiteral("op"));
        if (!append(line, error))
            return false;
    }
    return true;
}

bool ImportJournal::open(const QString &path, QString *error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the journal \"%1\": %2").arg(path, in.errorString());
        return false;
    }
    const QList<QByteArray> lines = in.readAll().split('\n');
    in.close();
    bool headerSeen = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            // Only the last line may be torn by a crash; anything else is not our journal.
            const bool last = i == lines.size() - 1 || (i == lines.size() - 2 && lines.last().isEmpty());
            if (last && headerSeen)
                continue;
            *error = tr("\"%1\" is not a GroupDesk import journal (line %2 is not readable).").arg(path).arg(i + 1);
            return false;
        }
        const QJsonObject object = doc.object();
        if (!headerSeen) {
            if (object.value(QStringLiteral("journal")).toString() != kMagic) {
                *error = tr("\"%1\" is not a GroupDesk import journal.").arg(path);
                return false;
            }
            m_typeIndex = object.value(QStringLiteral("type_index")).toInt();
            m_source = object.value(QStringLiteral("source")).toString();
            headerSeen = true;
            continue;
        }
        const QString kind = object.value(QStringLiteral("t")).toString();
        const int id = object.value(QStringLiteral("id")).toInt(-1);
        if (kind == QLatin1String("op")) {
            if (const std::optional<WriteOp> op = WriteOp::fromJson(object))
                m_ops.append(*op);
        } else if (kind == QLatin1String("intent")) {
            m_intents.insert(id);
        } else if (kind == QLatin1String("done")) {
            if (!m_done.contains(id)) {
                m_done.insert(id);
                m_doneOrder.append(id);
            }
        } else if (kind == QLatin1String("failed")) {
            m_failures.insert(id, object.value(QStringLiteral("reason")).toString());
        }
    }
    if (!headerSeen) {
        *error = tr("\"%1\" is not a GroupDesk import journal.").arg(path);
        return false;
    }
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = tr("Cannot write the journal \"%1\": %2").arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_path = path;
    return true;
}

QList<WriteOp> ImportJournal::pending() const
{
    QList<WriteOp> ops;
    for (const WriteOp &op : m_ops) {
        if (!m_done.contains(op.id))
            ops.append(op);
    }
    return ops;
}

QStringList ImportJournal::createdKeys() const
{
    QStringList keys;
    for (const WriteOp &op : m_ops) {
        if (op.kind == WriteOp::Kind::Create && m_done.contains(op.id))
            keys.append(op.key);
    }
    return keys;
}

QList<WriteOp> ImportJournal::undoWrites() const
{
    QHash<int, const WriteOp *> byId;
    for (const WriteOp &op : m_ops)
        byId.insert(op.id, &op);
    QList<WriteOp> undo;
    // Newest first: the undo of a later write must run before that of an earlier one.
    for (qsizetype done = m_doneOrder.size() - 1; done >= 0; --done) {
        const WriteOp *op = byId.value(m_doneOrder.at(done));
        if (!op)
            continue;
        if (std::optional<WriteOp> inverse = op->inverse()) {
            inverse->id = static_cast<int>(undo.size()) + 1;
            undo.append(*inverse);
        }
    }
    return undo;
}

bool ImportJournal::recordIntent(int id, QString *error)
{
    m_intents.insert(id);
    return append({{QStringLiteral("t"), QStringLiteral("intent")}, {QStringLiteral("id"), id}}, error);
}

bool ImportJournal::recordDone(int id, QString *error)
{
    if (!m_done.contains(id)) {
        m_done.insert(id);
        m_doneOrder.append(id);
    }
    m_failures.remove(id);
    return append({{QStringLiteral("t"), QStringLiteral("done")}, {QStringLiteral("id"), id}}, error);
}

bool ImportJournal::recordFailed(int id, const QString &reason, QString *error)
{
    m_failures.insert(id, reason);
    return append({{QStringLiteral("t"), QStringLiteral("failed")},
                   {QStringLiteral("id"), id},
                   {QStringLiteral("reason"), reason}},
                  error);
}

bool ImportJournal::append(const QJsonObject &line, QString *error)
{
    if (!m_file) {
        *error = tr("The journal is not open.");
        return false;
    }
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    // One write and a flush per line: the line is in the file before the next request goes out.
    if (m_file->write(bytes) != bytes.size() || !m_file->flush()) {
        *error = tr("Cannot write the journal \"%1\": %2").arg(m_path, m_file->errorString());
        return false;
    }
    return true;
}
