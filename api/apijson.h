#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

/**
 * Small JSON helpers shared by the value types. PostHog sends ISO-8601 UTC timestamps
 * with `Z` and optional microseconds, and any field may be null.
 */
namespace ApiJson {
/// Parses an ISO-8601 timestamp (null/invalid -> invalid QDateTime), always as UTC.
QDateTime parseDateTime(const QJsonValue &value);
/// Formats as ISO-8601 UTC with `Z`; milliseconds only when non-zero; null when invalid.
QJsonValue formatDateTime(const QDateTime &dateTime);
/// Copies every member of `object` whose name is not in `known`.
QJsonObject unknownFields(const QJsonObject &object, const QStringList &known);
/// String list from a JSON array of strings (other items skipped).
QStringList toStringList(const QJsonValue &value);
/// Length as a DRF CharField's max_length sees it: trimmed, then counted in code points
/// (Python's len), so "😀" is one character, not two UTF-16 units.
qsizetype serverLength(const QString &text);
} // namespace ApiJson
