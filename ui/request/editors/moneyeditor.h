#pragma once

#include "ui/request/editors/fieldeditor.h"

class QLineEdit;

namespace b24 {

// A money user field: amount and currency, sent as the portal writes it ("300|RUB").
class MoneyEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit MoneyEditor(const FieldDescriptor &spec, QWidget *parent = nullptr);

    QString kind() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString inputError() const override;

    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *currencyEdit() const { return m_currency; }

private:
    QLineEdit *m_amount;
    QLineEdit *m_currency;
};

} // namespace b24
