#pragma once

#include "core/b24/orderedjson.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace b24 {

// The parameters as JSON text. Emits edited() only for text that parses as a JSON object;
// otherwise shows why (with the offset) and errorText() is set. Keys keep the order typed.
class RawJsonEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RawJsonEditor(QWidget *parent = nullptr);

    void setObject(const OrderedJson &object); // does not emit edited()
    QString text() const;
    void setText(const QString &text);
    QString errorText() const { return m_error; }
    OrderedJson object() const { return m_object; } // the last valid object

    QPlainTextEdit *textEdit() const { return m_edit; }

signals:
    void edited(const b24::OrderedJson &object);
    void validityChanged(bool valid);

private:
    void parse();

    QPlainTextEdit *m_edit;
    QLabel *m_status;
    OrderedJson m_object = OrderedJson::object();
    QString m_error;
    bool m_updating = false;
};

} // namespace b24
