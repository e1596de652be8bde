#pragma once

#include <QString>

namespace b24 {

// Where the explorer keeps its files: ~/.local/share/b24-explorer/ (not AppDataLocation, which
// repeats the name as organization/application: .../b24-explorer/b24-explorer/). A file still in
// the old folder is moved on first use.
class DataPaths
{
public:
    static QString dataFile(const QString &name);
};

} // namespace b24
