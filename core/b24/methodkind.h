#pragma once

#include "core/b24/apiversion.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace b24 {

// What a REST method is, judged from its name before anything is sent: a list that can be paged
// (All pages applies), a write (add/update/delete/set), and whether the name can be a method at
// all. The explorer offers run modes and parameters from these answers; the CLI may too.
class MethodKind
{
    Q_DECLARE_TR_FUNCTIONS(b24::MethodKind)

public:
    // Paged lists: the known-list table, then *.list and *.getlist.
    static bool isList(const QString &method);
    // Under REST 3.0 the paged methods are *.list and *.tail (docs/protocol.md §11.4).
    static bool isList(const QString &method, ApiVersion api);
    // Methods that change the portal for certain: *.add, *.update, *.delete, *.set, ... (run once,
    // never paged; list parameters are not theirs).
    static bool isWrite(const QString &method);
    // Methods known to only read: the basic methods and names whose last part is a read verb
    // (get, list, fields, search, tail, count, name, ...). Only these are retried after a lost answer
    // and run without a confirmation. The name decides, not the documentation's `kind` mark: that
    // mark is itself derived from the name by a shorter list and calls user.search, *.tail or
    // access.name writes. A name that is not a known read may write: asking once too often is the
    // safe side.
    static bool isRead(const QString &method);
    // Why `method` cannot be a method name (JSON, spaces, a URL ...); empty when it can.
    static QString nameProblem(const QString &method);
    // Of `keys`, the top-level parameters `method` ignores by its kind: select/filter/order/start
    // for writes, fields for lists. Unknown kinds ignore nothing (every key is passed on).
    static QStringList keysNotTaken(const QString &method, const QStringList &keys);
};

} // namespace b24
