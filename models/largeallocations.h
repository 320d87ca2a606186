#pragma once

/**
 * How the process's allocator serves large blocks, set once at start-up by the app (and the
 * benchmarks, so they measure what the app does).
 *
 * GroupsModel keeps its rows in one QList that grows to tens of megabytes (64 bytes a row, a
 * million rows). glibc serves a block above its mmap threshold with mmap(), and growing such a
 * block is a page remap; below the threshold it comes from the heap, and growing it is a copy
 * plus a page fault for every new page. glibc raises that threshold at run time (up to 32 MiB)
 * each time a large mapped block is freed, which a large query page does; after that a page
 * appended to a list of some 500,000 rows copied the whole list inside one reply handler
 * (measured: 99 ms of GUI-thread CPU at a million rows). A fixed threshold keeps every large
 * block mapped.
 */
class LargeAllocations final
{
public:
    LargeAllocations() = delete;

    /// Blocks of 1 MiB and more are mapped, and stay so. No effect where the C library is
    /// not glibc.
    static void keepMapped();
};
