#pragma once

#include <QJsonValue>
#include <QString>

/**
 * The one way GroupDesk turns a JSON value into text for people: table cells, the CLI's
 * table/csv output, activity descriptions, ids read from the server.
 *
 * - strings as they are;
 * - whole numbers up to 2^53 in magnitude as integers ("42", "-7", "9007199254740992"), every
 *   other number with 15 significant digits ("2.5", "1e+20"); a double is checked against that
 *   range before it is converted, so huge values never hit the undefined double-to-integer cast;
 * - booleans as "true"/"false";
 * - objects and arrays as compact JSON;
 * - null as `nullText` (empty unless the caller wants a word for it), undefined (a missing
 *   member) always as the empty string.
 */
namespace JsonText {
QString toText(const QJsonValue &value, const QString &nullText = QString());
} // namespace JsonText
