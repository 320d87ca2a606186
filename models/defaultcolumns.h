#pragma once

#include <QStringList>

/**
 * A group type's `default_columns` and the property columns GroupDesk shows.
 *
 * PostHog's web UI uses `default_columns` as the `select` list of its groups table
 * (`groupsListLogic.ts`: `select: default_columns ?? defaultDataTableColumns(GroupsQuery)`),
 * so the entries are HogQL expressions: `group_name`, `key`, `created_at`,
 * `properties.plan`, ... Older clients and PostHog's own tests also store bare names
 * (`name`, `plan`, `$group_0`). GroupDesk reads both forms and writes the web UI's form,
 * so a list saved here never breaks PostHog's own groups page.
 */
class DefaultColumns final
{
public:
    DefaultColumns() = delete;

    /// PostHog's groups table columns when a type has no default_columns.
    static QStringList webDefaults();

    /// The property columns `select` asks for, in order, without duplicates. Columns our
    /// table always shows (`group_name`/`name`, `key`/`$group_N`, `created_at`) are left
    /// out, `properties.x` (also with `x` quoted in backticks or double quotes) means x,
    /// a bare identifier means that property, and other expressions are left out.
    static QStringList propertiesOf(const QStringList &select);

    /// The `select` list to save for `properties`: every non-property entry of `previous`
    /// stays where it was (the web defaults when `previous` is empty), and the properties
    /// take the place of the old property entries (else go before `created_at`, else last).
    static QStringList selectFor(const QStringList &properties, const QStringList &previous);

    /// `properties.plan`, or ``properties.`utm source` `` when the name is not an identifier.
    static QString propertyExpression(const QString &property);
};
