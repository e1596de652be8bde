#pragma once

#include "ui/request/editors/fieldeditor.h"

class QLineEdit;

namespace b24 {

// One-line editors: text, whole and decimal numbers, dates, date-times and entity/user IDs.
// A multiple field takes a comma-separated list and sends an array.
class LineEditor : public FieldEditor
{
    Q_OBJECT
public:
    enum class Kind
    {
        Text,
        Integer,
        Double,
        Date,
        DateTime,
        Id,
        User
    };

    LineEditor(Kind kind, const FieldDescriptor &spec, QWidget *parent = nullptr);

    QString kind() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString inputError() const override;

    QLineEdit *lineEdit() const { return m_edit; }

private:
    QStringList parts() const;
    QJsonValue convert(const QString &text) const; // Undefined when invalid
    QString problem(const QString &text) const;

    Kind m_kind;
    QLineEdit *m_edit;
};

} // namespace b24
