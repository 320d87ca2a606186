// groups/property_values answers (newest envelope, older bare array).
#include "fuzzinput.h"
#include "propertyparsing.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<PropertyCount> values;
    if (!PropertyParsing::propertyValues(FuzzInput::document(data, size), values) && !values.isEmpty())
        __builtin_trap(); // a rejected answer must not leave half a list behind
    return 0;
}
