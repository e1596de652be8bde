# Writes the C++ example of README.md's "The core library" into a function of a .cpp file, so a
# test compiles exactly what the README shows (its one include is all it may need of ours).
#   cmake -DREADME=... -DOUTPUT=... -P readmeexample.cmake
file(READ ${README} _readme)
string(FIND "${_readme}" "## The core library" _at)
string(SUBSTRING "${_readme}" ${_at} -1 _rest)
string(FIND "${_rest}" "```cpp\n" _open)
math(EXPR _open "${_open} + 7")
string(SUBSTRING "${_rest}" ${_open} -1 _rest)
string(FIND "${_rest}" "```" _close)
string(SUBSTRING "${_rest}" 0 ${_close} _code)
string(REGEX MATCHALL "#include [^\n]*\n" _includes "${_code}")
string(REGEX REPLACE "#include [^\n]*\n" "" _body "${_code}")
string(JOIN "" _includes ${_includes})
file(WRITE ${OUTPUT}.tmp "// Generated from README.md by tests/b24/readmeexample.cmake.\n${_includes}
#include <QDebug>
#include <QJsonArray>

// An illustration: its lambdas name parameters they do not use, and `batch` is only shown.
#pragma GCC diagnostic ignored \"-Wunused-parameter\"
#pragma GCC diagnostic ignored \"-Wunused-variable\"

using namespace Qt::Literals::StringLiterals;

void readmeExample(const QString &url)
{
${_body}}
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
