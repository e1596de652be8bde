#pragma once

#include "ui/request/editors/fieldeditor.h"

class QComboBox;

namespace b24 {

// Y / N (char and boolean fields); the empty choice sends nothing.
class BooleanEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit BooleanEditor(const FieldDescriptor &spec, QWidget *parent = nullptr);

    QString kind() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;

    QComboBox *comboBox() const { return m_combo; }

private:
    QComboBox *m_combo;
};

} // namespace b24
