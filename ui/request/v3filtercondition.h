#pragma once

#include "core/b24/orderedjson.h"
#include "core/catalog/openapimethod.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace b24 {

// One condition of a REST 3.0 filter (docs/protocol.md §11.3): field, one of the eight operators,
// and a value typed by the field's schema (numbers for integer fields, text otherwise; `in` takes a
// comma-separated list or a JSON array, `between` a from and a to). Values come back exactly as
// they were set until the user edits them, and the short form [field, value] stays short while its
// operator is the one it implies. A node this row cannot show (another shape, an unknown operator)
// is shown as raw JSON with a note and sent as written.
class V3FilterCondition : public QWidget
{
    Q_OBJECT
public:
    explicit V3FilterCondition(QWidget *parent = nullptr);

    static const QStringList &operators(); // = != > >= < <= in between
    // Whether `node` is a condition this row can show: [field, value] or [field, op, value].
    static bool isCondition(const OrderedJson &node);

    void setFields(const QList<OpenApiField> &fields);
    // A new condition as a user would enter it: the value is parsed by the field's type.
    void setCondition(const QString &field, const QString &op, const QString &valueText,
                      const QString &toText = {});
    // A condition node of the filter; false (and shown raw) when it is not one.
    bool setNode(const OrderedJson &node);
    void setRaw(const OrderedJson &node, const QString &note);
    bool isRaw() const { return m_raw; }

    OrderedJson toJson() const;
    QStringList validationErrors() const;

    QComboBox *fieldBox() const { return m_field; }
    QComboBox *operatorBox() const { return m_op; }
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *toEdit() const { return m_to; }
    QLineEdit *rawEdit() const { return m_rawEdit; }
    QLabel *noteLabel() const { return m_note; }
    QToolButton *removeButton() const { return m_remove; }

signals:
    void changed();
    void removeRequested();

private:
    const OpenApiField *fieldSpec() const;
    OrderedJson scalar(const QString &text) const; // by the field's type
    OrderedJson list(const QString &text) const;
    static QString textOf(const OrderedJson &value);
    static QString listText(const OrderedJson &value);
    OrderedJson value() const;
    void showOperator();
    void edited();

    QList<OpenApiField> m_fields;
    QComboBox *m_field;
    QComboBox *m_op;
    QLineEdit *m_value;
    QLineEdit *m_to;
    QLineEdit *m_rawEdit;
    QLabel *m_note;
    QToolButton *m_remove;
    bool m_raw = false;
    bool m_short = false; // read as [field, value]
    // The value as set and the texts it was shown as: unedited, it goes back unchanged.
    OrderedJson m_setValue;
    QString m_setText;
    QString m_setTo;
    QString m_setOp;
    OrderedJson m_rawValue;
    bool m_loading = false;
};

} // namespace b24
