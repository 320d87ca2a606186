#pragma once

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

/**
 * Shared by the fuzz targets: the bytes libFuzzer hands over become exactly what ApiJob
 * gives a parser, a QJsonDocument parsed the way ApiJob parses a 2xx body (trimmed; a
 * failed parse is a null document, which the parsers must also survive).
 */
namespace FuzzInput {
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QJsonDocument document(const uint8_t *data, size_t size)
{
    return QJsonDocument::fromJson(bytes(data, size).trimmed());
}
} // namespace FuzzInput
