#pragma once

#include <QtGlobal>

namespace b24 {

// Stateless deterministic randomness: every value is a pure function of (seed, entity, id, slot),
// so a row can be regenerated on demand and a million rows need no storage.
class SeededRandom
{
public:
    SeededRandom(quint64 seed, quint64 entity, qint64 id)
        : m_base(mix(seed ^ mix(entity + 0x51ED27ULL) ^ mix(quint64(id) * 0x9E3779B97F4A7C15ULL)))
    {}

    quint64 next(int slot) const { return mix(m_base + quint64(slot) * 0xD1B54A32D192ED03ULL); }
    int range(int slot, int n) const { return n <= 0 ? 0 : int(next(slot) % quint64(n)); }
    bool chance(int slot, int percent) const { return range(slot, 100) < percent; }
    template<typename T, int N>
    const T &pick(int slot, const T (&items)[N]) const
    {
        return items[range(slot, N)];
    }

    static quint64 mix(quint64 x)
    {
        x += 0x9E3779B97F4A7C15ULL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
        return x ^ (x >> 31);
    }

private:
    quint64 m_base;
};

} // namespace b24
