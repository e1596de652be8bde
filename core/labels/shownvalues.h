#pragma once

#include "core/labels/labelcolumns.h"
#include "core/labels/namebook.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace b24 {

// How a table shows nameable values, frozen at one moment: the columns that can be named, the
// names known then and the mode (names, codes, or both: "Won (WON)"). Immutable once made, so the
// table, its sort and filter, copy and an export on a worker thread all read the same text.
class ShownValues
{
public:
    enum class Mode
    {
        Names,
        Codes,
        Both
    };

    ShownValues() = default;
    ShownValues(LabelColumns columns, NameBook names, Mode mode);

    Mode mode() const { return m_mode; }
    const LabelColumns &columns() const { return m_columns; }
    const NameBook &names() const { return m_names; }

    // The column shows names (it can be named and the mode is not Codes).
    bool isNamed(const QString &column) const;
    // The cell as shown: the name, or "name (code)", or the code where no name is known; each
    // value of a multi-value field, joined with ", ".
    QString text(const QString &column, const QJsonValue &value) const;
    // The code behind a named cell, or why a code has no name (deleted user, no permission).
    QString toolTip(const QString &column, const QJsonValue &value) const;
    // The row with every nameable field replaced by its shown text (an export "as shown").
    QJsonObject shownRow(const QJsonObject &row) const;

    static QString modeName(Mode mode); // "names", "codes", "both"
    static Mode modeFromName(const QString &name, Mode fallback = Mode::Names);

private:
    QString one(const LabelSource &source, const QJsonValue &value) const;

    LabelColumns m_columns;
    NameBook m_names;
    Mode m_mode = Mode::Codes;
};

} // namespace b24
