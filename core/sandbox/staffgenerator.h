#pragma once

#include "core/sandbox/phpvalue.h"

namespace b24 {

// Seeded users (user.get shape: ACTIVE bool, UF_DEPARTMENT ints) and tasks (tasks.task.list
// shape: camelCase keys with numeric strings, nested responsible/creator).
class StaffGenerator
{
public:
    StaffGenerator(quint64 seed, qint64 users, int ownerId, bool ownerActive)
        : m_seed(seed)
        , m_users(users)
        , m_ownerId(ownerId)
        , m_ownerActive(ownerActive)
    {}

    PhpValue user(qint64 id) const;
    PhpValue task(qint64 id) const;
    static PhpValue departments();

private:
    PhpValue userBrief(qint64 id) const;

    quint64 m_seed;
    qint64 m_users;
    int m_ownerId;
    bool m_ownerActive;
};

} // namespace b24
