#pragma once

#include "core/catalog/fielddescriptor.h"

#include <QJsonValue>
#include <QWidget>

namespace b24 {

// One editor of the parameter form. value() is what goes into "fields" (Undefined when empty).
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FieldEditor(const FieldDescriptor &spec, QWidget *parent = nullptr);

    const FieldDescriptor &spec() const { return m_spec; }
    // Short name of the editor kind, for tests and accessibility ("integer", "enumeration" ...).
    virtual QString kind() const = 0;
    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue &value) = 0;
    bool isEmpty() const { return value().isUndefined(); }
    // Why the current input cannot be sent (empty when fine); names no field, the form does.
    virtual QString inputError() const { return {}; }

signals:
    void changed();

private:
    FieldDescriptor m_spec;
};

} // namespace b24
