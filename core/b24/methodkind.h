#pragma once

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
    // Methods that change the portal: *.add, *.update, *.delete, *.set, ... (never retried blindly).
    static bool isWrite(const QString &method);
    // Why `method` cannot be a method name (JSON, spaces, a URL ...); empty when it can.
    static QString nameProblem(const QString &method);
    // Of `keys`, the top-level parameters `method` ignores by its kind: select/filter/order/start
    // for writes, fields for lists. Unknown kinds ignore nothing (every key is passed on).
    static QStringList keysNotTaken(const QString &method, const QStringList &keys);
};

} // namespace b24
