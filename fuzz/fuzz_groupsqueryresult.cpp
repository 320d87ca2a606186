// query/ answers of a GroupsQuery: GroupsQueryResult::parse, then every accessor the table
// and the CLI use on each row (cells, key, display name, the row as a Group, count()).
#include "fuzzinput.h"
#include "groupsqueryresult.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = FuzzInput::document(data, size);
    GroupsQueryResult result;
    if (!GroupsQueryResult::parse(doc.object(), result).isEmpty())
        return 0;
    for (int row = 0; row < result.rows.size(); ++row) {
        (void)result.key(row);
        (void)result.displayName(row);
        (void)result.toGroup(row, 0);
        for (const QString &column : std::as_const(result.columns))
            (void)result.cell(row, column);
    }
    (void)result.count();
    return 0;
}
