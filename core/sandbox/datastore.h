#pragma once

namespace b24 {

// Seeded entity tables of the sandbox portal.
class DataStore
{
public:
    DataStore() = default;
};

} // namespace b24
