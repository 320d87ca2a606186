// Both property-definition answers: the older per-type dictionary and a page of the
// generic property_definitions/ endpoint. The first byte picks the type index asked for.
#include "fuzzinput.h"
#include "propertyparsing.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int typeIndex = data[0] % 6;
    const QJsonDocument doc = FuzzInput::document(data + 1, size - 1);
    if (PropertyParsing::isOlderDefinitionsDict(doc))
        (void)PropertyParsing::olderDefinitions(doc, typeIndex);
    QList<PropertyDefinition> page;
    if (PropertyParsing::definitionsPage(doc, page)) {
        for (const PropertyDefinition &definition : std::as_const(page)) {
            if (definition.name.isEmpty())
                __builtin_trap(); // nameless rows are skipped
        }
    }
    return 0;
}
