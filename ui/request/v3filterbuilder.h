#pragma once

#include "core/b24/orderedjson.h"
#include "core/catalog/openapimethod.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace b24 {

class V3FilterGroup;

// The "filter" parameter of a REST 3.0 method (docs/protocol.md §11.3) as a form: rows of
// [field, operator, value] with the eight documented operators, and groups {logic, conditions,
// negative} nested to any depth. filter() is exactly the documented JSON; setFilter() reads it
// back and filter() then gives the same JSON, key order and spellings included. What the form
// cannot show stays as raw JSON in its place with a note: a node of another shape inside, or a
// whole filter that is not an array (the classic object dialect, which REST 3.0 refuses) — sent
// as written, never dropped.
class V3FilterBuilder : public QWidget
{
    Q_OBJECT
public:
    explicit V3FilterBuilder(QWidget *parent = nullptr);

    // The fields a condition may name, with their types (values are parsed by them).
    void setFields(const QList<OpenApiField> &fields);
    const QList<OpenApiField> &fields() const { return m_fields; }

    OrderedJson filter() const;
    void setFilter(const OrderedJson &filter);
    void clear();
    QStringList validationErrors() const;

    V3FilterGroup *root() const { return m_root; }
    QPlainTextEdit *wholeRawEdit() const { return m_wholeRaw; }
    QLabel *noteLabel() const { return m_note; }

signals:
    void changed();

private:
    QList<OpenApiField> m_fields;
    V3FilterGroup *m_root;
    QLabel *m_note;
    QPlainTextEdit *m_wholeRaw; // a filter that is not an array, as written
    OrderedJson m_wholeValue;
    bool m_whole = false;
    bool m_loading = false;
};

} // namespace b24
