#pragma once

#include "core/sandbox/phpvalue.h"

namespace b24 {

// Seeded legacy rows (UPPER keys, numeric strings, Y/N, ISO dates, PHONE/EMAIL multi-fields, UF
// fields) for deals, contacts, leads and companies.
class CrmGenerator
{
public:
    struct Counts
    {
        qint64 users = 20;
        qint64 contacts = 100;
        qint64 companies = 50;
        qint64 leads = 100;
    };

    CrmGenerator(quint64 seed, Counts counts)
        : m_seed(seed)
        , m_counts(counts)
    {}

    PhpValue deal(qint64 id) const;
    PhpValue contact(qint64 id) const;
    PhpValue lead(qint64 id) const;
    PhpValue company(qint64 id) const;

    static QStringList dealStages(int categoryId);

private:
    PhpValue multiField(qint64 ownerId, int kind, const QString &value, const QString &type) const;
    QString linkId(quint64 r, qint64 count) const;

    quint64 m_seed;
    Counts m_counts;
};

} // namespace b24
