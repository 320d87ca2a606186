// The machine's noise floor for bench_groupsquery's "longest single event": a thread does the
// same small piece of work (~0.3 ms) over and over, sleeping 1 ms in between as an idle event
// loop would, and times each piece in its own CPU time (CLOCK_THREAD_CPUTIME_ID), as the
// benchmark times an event. The work never changes, so any piece that takes much longer than
// the fastest one was charged for something else: on a VM without IRQ time accounting the
// kernel bills interrupt handling to whatever thread it interrupted. Run it beside
// bench_groupsquery: a GUI-thread event over 16 ms means little if this probe sees them too.
//   bench_cpunoise [seconds=300]
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace {
std::int64_t threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return std::int64_t(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

/// The machine's steal time so far, in USER_HZ ticks (10 ms): the hypervisor's own reading of
/// the time the VM's CPUs wanted to run and could not.
long long stealTicks()
{
    std::ifstream stat("/proc/stat");
    std::string cpu;
    std::array<long long, 8> fields{}; // user nice system idle iowait irq softirq steal
    stat >> cpu;
    for (long long &field : fields)
        stat >> field;
    return fields[7];
}

/// A fixed amount of work that the compiler cannot drop: FNV-1a over a buffer, many rounds.
std::uint64_t work(const std::vector<std::uint8_t> &buffer, int rounds)
{
    std::uint64_t hash = 1469598103934665603ULL;
    for (int round = 0; round < rounds; ++round) {
        for (const std::uint8_t byte : buffer)
            hash = (hash ^ byte) * 1099511628211ULL;
    }
    return hash;
}
} // namespace

int main(int argc, char **argv)
{
    const int seconds = argc > 1 ? std::atoi(argv[1]) : 300;
    std::vector<std::uint8_t> buffer(std::size_t{16} * 1024);
    for (std::size_t i = 0; i < buffer.size(); ++i)
        buffer[i] = static_cast<std::uint8_t>(i * 31);

    std::vector<std::int64_t> pieces;
    std::uint64_t sink = 0;
    const long long stealBefore = stealTicks();
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < end) {
        const std::int64_t before = threadCpuNs();
        sink ^= work(buffer, 16);
        pieces.push_back(threadCpuNs() - before);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    const long long steal = stealTicks() - stealBefore;
    if (pieces.empty())
        return 1;

    std::sort(pieces.begin(), pieces.end());
    const auto at = [&pieces](double share) {
        return double(pieces[std::min(pieces.size() - 1, std::size_t(double(pieces.size()) * share))]) / 1e6;
    };
    const auto over = [&pieces](std::int64_t ms) {
        return pieces.end() - std::upper_bound(pieces.begin(), pieces.end(), ms * 1'000'000);
    };
    std::printf("pieces %zu (checksum %llx): fastest %.3f ms, median %.3f ms, 99.99th %.3f ms, longest %.1f ms\n",
                pieces.size(), static_cast<unsigned long long>(sink & 0xffff), at(0.0), at(0.5), at(0.9999),
                double(pieces.back()) / 1e6);
    std::printf("over 2 ms %td, over 8 ms %td, over 16 ms %td; machine steal %lld ticks (%.1f s over all CPUs)\n",
                over(2), over(8), over(16), steal, double(steal) / 100.0);
    return 0;
}
