#include "largeallocations.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void LargeAllocations::keepMapped()
{
#if defined(__GLIBC__)
    // Setting the threshold explicitly also turns off glibc's dynamic adjustment of it.
    constexpr int Threshold = 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, Threshold);
#endif
}
