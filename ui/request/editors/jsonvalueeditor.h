#pragma once

#include "ui/request/editors/fieldeditor.h"

class QLineEdit;

namespace b24 {

// Fallback for types without a dedicated editor (file, location, crm links of mixed kinds ...):
// JSON text ({"fileData": [...]}, [1, 2]) or, if it does not parse as JSON, a plain string.
class JsonValueEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit JsonValueEditor(const FieldDescriptor &spec, QWidget *parent = nullptr);

    QString kind() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;

    QLineEdit *lineEdit() const { return m_edit; }

private:
    QLineEdit *m_edit;
};

} // namespace b24
