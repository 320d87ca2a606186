#pragma once

#include <QJsonValue>
#include <QString>

#include <functional>
#include <vector>

/**
 * Sorting of loaded group rows, written to run on a worker thread: GroupsModel hands it a
 * key function over an implicitly shared snapshot of its rows and gets back the new order.
 * A million rows take about a second to sort by name, far too long for the GUI thread.
 *
 * Order, as GroupSortFilterProxy: numbers (and dates) first, numerically; then booleans;
 * then text, case-insensitively; then JSON objects/arrays; then null; then missing.
 */
class GroupRowSorter
{
public:
    struct Key
    {
        int rank = 5;      ///< value kind (see class comment)
        double number = 0; ///< numbers, booleans (0/1), dates (ms since epoch)
        QString text;      ///< case-folded text
    };
    using KeyFunction = std::function<Key(qsizetype row)>;

    static Key keyFor(const QJsonValue &value);
    static Key textKey(const QString &text);
    static Key numberKey(double number);
    static int compare(const Key &a, const Key &b);

    /// Old row index for each new position; stable (equal keys keep their loaded order).
    /// Missing values stay last in both directions.
    static std::vector<int> order(qsizetype count, const KeyFunction &key, bool descending);
};
