#pragma once

#include "core/b24/orderedjson.h"

#include <QCoreApplication>
#include <QStringList>

namespace b24 {

// PARAMS of the command line: one JSON object ('{"filter":{">ID":5}}'), or key=value pairs in
// Bitrix bracket form (filter[>ID]=5 select[]=ID select[]=TITLE order[ID]=ASC), merged into one
// nested object: "a[b]" makes an object, "a[]" appends to an array. Values stay strings except
// a value that is itself JSON after "=:" (limit=:10, flag=:true, ids=:[1,2]). Keys keep the order
// written (the portal reads order keys by priority).
class ParamParser
{
    Q_DECLARE_TR_FUNCTIONS(b24::ParamParser)

public:
    static bool parse(const QStringList &args, OrderedJson *params, QString *error);
    static bool parsePair(const QString &pair, OrderedJson *params, QString *error);
};

} // namespace b24
