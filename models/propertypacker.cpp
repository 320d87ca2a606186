#include "propertypacker.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace {
enum Tag : char
{
    TagNull = 0,
    TagFalse = 1,
    TagTrue = 2,
    TagDouble = 3,
    TagString = 4,
    TagObject = 5,
    TagArray = 6,
};

void putVarint(QByteArray &out, quint32 v)
{
    while (v >= 0x80) {
        out.append(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(static_cast<char>(v));
}

/// Reads a varint at `pos`; false when the buffer ends early.
bool getVarint(const QByteArray &in, qsizetype &pos, quint32 &v)
{
    v = 0;
    int shift = 0;
    while (pos < in.size() && shift < 35) {
        const auto byte = static_cast<unsigned char>(in.at(pos++));
        v |= static_cast<quint32>(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
        shift += 7;
    }
    return false;
}

void putBytes(QByteArray &out, const QByteArray &bytes)
{
    putVarint(out, static_cast<quint32>(bytes.size()));
    out.append(bytes);
}

/// Decodes the payload at `pos` (after the tag); `pos` moves past it.
QJsonValue readPayload(const QByteArray &in, qsizetype &pos, char tag, bool decode)
{
    switch (tag) {
    case TagNull:
        return QJsonValue(QJsonValue::Null);
    case TagFalse:
        return QJsonValue(false);
    case TagTrue:
        return QJsonValue(true);
    case TagDouble: {
        double d = 0;
        if (pos + qsizetype(sizeof d) > in.size()) {
            pos = in.size();
            return {};
        }
        std::memcpy(&d, in.constData() + pos, sizeof d);
        pos += sizeof d;
        return QJsonValue(d);
    }
    case TagString:
    case TagObject:
    case TagArray: {
        quint32 len = 0;
        if (!getVarint(in, pos, len) || pos + qsizetype(len) > in.size()) {
            pos = in.size();
            return {};
        }
        const qsizetype start = pos;
        pos += len;
        if (!decode)
            return {};
        if (tag == TagString)
            return QJsonValue(QString::fromUtf8(in.constData() + start, len));
        const QJsonDocument doc = QJsonDocument::fromJson(in.mid(start, len));
        return tag == TagObject ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    default:
        pos = in.size(); // corrupt: stop
        return {};
    }
}
} // namespace

QByteArray PropertyPacker::pack(const QJsonObject &properties)
{
    QByteArray out;
    const QMutexLocker lock(&m_mutex);
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        putVarint(out, static_cast<quint32>(intern(it.key())));
        const QJsonValue v = it.value();
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            out.append(TagNull);
            break;
        case QJsonValue::Bool:
            out.append(v.toBool() ? TagTrue : TagFalse);
            break;
        case QJsonValue::Double: {
            out.append(TagDouble);
            const double d = v.toDouble();
            out.append(reinterpret_cast<const char *>(&d), sizeof d);
            break;
        }
        case QJsonValue::String:
            out.append(TagString);
            putBytes(out, v.toString().toUtf8());
            break;
        case QJsonValue::Object:
            out.append(TagObject);
            putBytes(out, QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            break;
        case QJsonValue::Array:
            out.append(TagArray);
            putBytes(out, QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            break;
        }
    }
    out.squeeze(); // rows live long: drop the growth slack
    return out;
}

QJsonValue PropertyPacker::value(const QByteArray &packed, int nameId)
{
    if (nameId < 0)
        return QJsonValue(QJsonValue::Undefined);
    qsizetype pos = 0;
    while (pos < packed.size()) {
        quint32 id = 0;
        if (!getVarint(packed, pos, id) || pos >= packed.size())
            break;
        const char tag = packed.at(pos++);
        const bool wanted = static_cast<int>(id) == nameId;
        QJsonValue v = readPayload(packed, pos, tag, wanted);
        if (wanted)
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject PropertyPacker::unpack(const QByteArray &packed) const
{
    QJsonObject object;
    const QStringList names = this->names(); // a shared copy: no lock while decoding
    qsizetype pos = 0;
    while (pos < packed.size()) {
        quint32 id = 0;
        if (!getVarint(packed, pos, id) || pos >= packed.size())
            break;
        const char tag = packed.at(pos++);
        const QJsonValue v = readPayload(packed, pos, tag, true);
        if (static_cast<qsizetype>(id) < names.size())
            object.insert(names.at(id), v);
    }
    return object;
}

int PropertyPacker::idOf(const QString &name) const
{
    const QMutexLocker lock(&m_mutex);
    return m_ids.value(name, -1);
}

QStringList PropertyPacker::names() const
{
    const QMutexLocker lock(&m_mutex);
    return m_names;
}

void PropertyPacker::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_ids.clear();
    m_names.clear();
}

int PropertyPacker::intern(const QString &name)
{
    const auto it = m_ids.constFind(name);
    if (it != m_ids.constEnd())
        return *it;
    const int id = static_cast<int>(m_names.size());
    m_ids.insert(name, id);
    m_names.append(name);
    return id;
}
